package vn.egov.sdk.forms.internal;

/** A small HTML builder: {@link #text} escapes, {@link #raw} is for the renderer's own markup only. */
public final class Html {
  private final StringBuilder out = new StringBuilder(4096);

  public Html raw(String markup) {
    out.append(markup);
    return this;
  }

  public Html text(String text) {
    out.append(escape(text));
    return this;
  }

  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
