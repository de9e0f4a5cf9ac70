package vn.egov.sdk.examples.site;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import vn.egov.sdk.core.Language;

/**
 * The language of the site's pages: {@code ?lang=vi|en} when given (and then remembered in the
 * {@value #COOKIE} cookie for the following pages and form posts), else the cookie, else Vietnamese.
 * The JSON endpoints and the contract's fragments do not read the cookie: they follow {@code ?lang}
 * alone, as the HTTP contract says.
 */
public final class SiteLang {
  /** The cookie that keeps the chosen language across pages. */
  public static final String COOKIE = "egov_lang";
  private static final int ONE_YEAR = 365 * 24 * 3600;

  private SiteLang() {}

  public static Language of(Context ctx) {
    Language cached = ctx.attribute(COOKIE);
    if (cached != null) {
      return cached;
    }
    String asked = ctx.queryParam("lang");
    Language lang;
    if (asked != null && (asked.equalsIgnoreCase("vi") || asked.equalsIgnoreCase("en"))) {
      lang = Language.fromTag(asked);
      if (!lang.tag().equals(ctx.cookie(COOKIE))) {
        Cookie cookie = new Cookie(COOKIE, lang.tag(), "/", ONE_YEAR, secure(ctx), true, null, SameSite.LAX);
        ctx.cookie(cookie);
      }
    } else {
      lang = Language.fromTag(ctx.cookie(COOKIE));
    }
    ctx.attribute(COOKIE, lang);
    return lang;
  }

  /** Whether the browser reached us over HTTPS (directly or through a proxy that says so). */
  public static boolean secure(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }
}
