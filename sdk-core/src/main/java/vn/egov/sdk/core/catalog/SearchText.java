package vn.egov.sdk.core.catalog;

import java.text.Normalizer;

/**
 * The search key of a text: case and Vietnamese diacritics removed ({@code đ} ≡ {@code d}), every
 * run of characters other than letters and digits turned into one space, trimmed. So
 * {@code "Đăng ký khai sinh"} and {@code "dang ky  KHAI-sinh"} both become {@code "dang ky khai sinh"}.
 */
public final class SearchText {
  private SearchText() {}

  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK
          || Character.getType(c) == Character.ENCLOSING_MARK) {
        continue;
      }
      if (c == 'đ' || c == 'Đ') {
        c = 'd';
      }
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(Character.toLowerCase(c));
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }
}
