package vn.egov.sdk.examples.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.sdk.core.Language;

/**
 * The site's pages: jte templates (under {@code src/main/jte}, compiled to Java at build time, so a
 * template that does not type-check fails the build) rendered with HTML escaping of every
 * {@code ${…}}, inside the one frame of {@code layout.jte}. Pages are Vietnamese by default with
 * English on {@code ?lang=en} (remembered by {@link SiteLang}); they link only the site's own static
 * files, never another origin, and carry no inline script or style (so a Content-Security-Policy
 * without {@code unsafe-inline} holds).
 */
public final class Site {
  /** Where {@code jte-maven-plugin} puts the compiled templates (examples/pom.xml). */
  static final String TEMPLATE_PACKAGE = "vn.egov.sdk.examples.site.templates";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
      Site.class.getClassLoader(), TEMPLATE_PACKAGE);
  private final StaticAssets assets;

  public Site(StaticAssets assets) {
    this.assets = assets;
  }

  public StaticAssets assets() {
    return assets;
  }

  /** The frame of a page in the language of the request. */
  public Chrome chrome(Context ctx, String title, String nav, String... scripts) {
    Language lang = SiteLang.of(ctx);
    List<String> urls = new ArrayList<>();
    for (String s : scripts) {
      urls.add(assets.url(s));
    }
    return new Chrome(lang, title, nav, switchUrl(ctx, lang == Language.VI ? Language.EN : Language.VI),
        assets.url("site.css"), assets.url("site.js"), urls, assets.url("emblem.svg"));
  }

  /**
   * Renders {@code template} (e.g. {@code "home.jte"}) with its parameters, as the response: HTML,
   * UTF-8, not cached by shared caches (pages carry live figures and depend on the language cookie).
   */
  public void render(Context ctx, int status, String template, Map<String, Object> params) {
    ctx.status(status);
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Vary", "Cookie");
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(renderToString(template, params).getBytes(StandardCharsets.UTF_8));
  }

  public String renderToString(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput(16_384);
    engine.render(template, params, out);
    return out.toString();
  }

  /** A parameter map in the order given: {@code params("c", chrome, "m", model)}. */
  public static Map<String, Object> params(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  /** The same page and query in the other language. */
  static String switchUrl(Context ctx, Language to) {
    StringBuilder url = new StringBuilder(ctx.path()).append("?lang=").append(to.tag());
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (e.getKey().equals("lang")) {
        continue;
      }
      for (String v : e.getValue()) {
        url.append('&').append(enc(e.getKey())).append('=').append(enc(v));
      }
    }
    return url.toString();
  }

  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
