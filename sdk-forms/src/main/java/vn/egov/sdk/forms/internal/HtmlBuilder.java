package vn.egov.sdk.forms.internal;

import vn.egov.sdk.core.Html;

/**
 * A small HTML builder: {@link #text} escapes with the SDK's one escaper ({@link Html#escape}),
 * {@link #raw} is for the renderer's own markup only.
 */
public final class HtmlBuilder {
  private final StringBuilder out = new StringBuilder(4096);

  public HtmlBuilder raw(String markup) {
    out.append(markup);
    return this;
  }

  public HtmlBuilder text(String text) {
    out.append(Html.escape(text));
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
