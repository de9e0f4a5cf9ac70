package vn.egov.sdk.core;

import java.text.Normalizer;
import java.util.Objects;

/** A text for people in Vietnamese and English, both kept in Unicode NFC. */
public record LocalizedText(String vi, String en) {
  public LocalizedText {
    Objects.requireNonNull(vi, "vi");
    Objects.requireNonNull(en, "en");
    vi = Normalizer.normalize(vi, Normalizer.Form.NFC);
    en = Normalizer.normalize(en, Normalizer.Form.NFC);
  }

  public static LocalizedText of(String vi, String en) {
    return new LocalizedText(vi, en);
  }

  public String in(Language language) {
    return language == Language.EN ? en : vi;
  }
}
