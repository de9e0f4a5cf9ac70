package vn.egov.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesTextAndAttributes() {
    assertThat(Html.escape("<a href=\"x\">Tôi & 'bạn'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tôi &amp; &#39;bạn&#39;&lt;/a&gt;");
    assertThat(Html.escape(null)).isEmpty();
    assertThat(Html.escape(42)).isEqualTo("42");
    assertThat(Html.escape("Hà Nội")).isEqualTo("Hà Nội");
    assertThat(Html.escape("&&")).isEqualTo("&amp;&amp;");
    assertThat(Html.escape("a<")).isEqualTo("a&lt;");
  }
}
