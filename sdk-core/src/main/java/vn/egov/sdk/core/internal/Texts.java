package vn.egov.sdk.core.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/** Normalisation of the text that domain records keep: NFC, trimmed; lists copied. */
public final class Texts {
  private Texts() {}

  /** NFC and trimmed; {@code null} stays {@code null}. */
  public static String clean(String value) {
    return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
  }

  /** An immutable copy with every element cleaned; null elements are refused. */
  public static List<String> cleanAll(List<String> values, String name) {
    Objects.requireNonNull(values, name);
    return values.stream().map(v -> {
      Rules.require(Rules.notBlank(v), name + " element");
      return clean(v);
    }).toList();
  }
}
