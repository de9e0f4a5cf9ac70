package vn.egov.sdk.core;

/**
 * The SDK's one HTML escaper, used by every module that writes HTML (forms, widgets, the portal
 * server) and usable in an agency's own templates. The output is safe in element content and in
 * attribute values quoted with {@code "} or {@code '}; it is not for URLs, scripts or styles.
 */
public final class Html {
  private Html() {}

  /**
   * {@code value}'s text with {@code & < > " '} as entities. The one {@code null} rule: {@code null}
   * is the empty string (a missing value shows as nothing, never as the word "null").
   */
  public static String escape(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      String entity = switch (s.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (entity != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (entity != null) {
          out.append(entity);
        } else {
          out.append(s.charAt(i));
        }
      }
    }
    return out == null ? s : out.toString();
  }
}
