package vn.egov.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ids and paths may hold any printable character, including those outside the BMP. */
class PageViewTextTest {
  @Test
  void aSurrogatePairIsOneCharacterAndABrokenOneIsRefused() {
    assertThat(PageView.isValidId("😀")).isTrue();
    assertThat(PageView.isValidId("a😀b")).isTrue();
    assertThat(PageView.isValidId("\uD83Dx")).isFalse(); // a high surrogate without its low one
    assertThat(PageView.isValidId("a\uDE00")).isFalse(); // a lone low surrogate
    assertThat(PageView.isValidId("\uD83D\uDE00\uDE00")).isFalse();
    assertThat(PageView.isValidPath("/tin-tức/😀")).isTrue();
  }

  @Test
  void aPathHasAtMost512Characters() {
    assertThat(PageView.isValidPath("/" + "a".repeat(511))).isTrue();
    assertThat(PageView.isValidPath("/" + "a".repeat(512))).isFalse();
    assertThat(PageView.isValidPath("/")).isTrue();
    assertThat(PageView.isValidPath("a/")).isFalse();
    assertThat(PageView.isValidPath(null)).isFalse();
    assertThat(PageView.isValidPath("/a\u0000")).isFalse();
  }
}
