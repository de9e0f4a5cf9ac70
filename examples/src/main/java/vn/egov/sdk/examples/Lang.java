package vn.egov.sdk.examples;

import io.javalin.http.Context;
import java.util.Locale;

/** The language of user-facing text, chosen by {@code ?lang=vi|en}; Vietnamese by default. */
public enum Lang {
  VI(Locale.forLanguageTag("vi-VN")),
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Picks the Vietnamese or the English text. */
  public String pick(String vi, String en) {
    return this == VI ? vi : en;
  }

  /** Reads {@code lang} from the query; anything but {@code en} means Vietnamese. */
  public static Lang of(Context ctx) {
    String value = ctx.queryParam("lang");
    return value != null && value.trim().equalsIgnoreCase("en") ? EN : VI;
  }
}
