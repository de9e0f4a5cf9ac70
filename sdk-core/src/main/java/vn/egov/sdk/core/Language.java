package vn.egov.sdk.core;

import java.util.Locale;

/** The languages of user-facing text: Vietnamese (the default) and English. */
public enum Language {
  VI(Locale.forLanguageTag("vi-VN")),
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** {@code "vi"} or {@code "en"}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Picks the Vietnamese or the English text. */
  public String pick(String vi, String en) {
    return this == VI ? vi : en;
  }

  /** {@code "en"} (any case, surrounding blanks ignored) is English; anything else is Vietnamese. */
  public static Language fromTag(String tag) {
    return tag != null && tag.trim().equalsIgnoreCase("en") ? EN : VI;
  }
}
