package vn.egov.sdk.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A file's first bytes must be its type's signature; a file shorter than the signature is not of that type. */
class FileSignatureTest {
  @Test
  void contentOfExactlyTheSignatureMatches() {
    assertThat(FileTypes.matches("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).isTrue();
    assertThat(FileTypes.matches("application/pdf", "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isTrue();
  }

  @Test
  void contentShorterThanTheSignatureDoesNot() {
    assertThat(FileTypes.matches("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8})).isFalse();
    assertThat(FileTypes.matches("application/pdf", new byte[0])).isFalse();
    assertThat(FileTypes.matches("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isFalse();
  }

  @Test
  void anUnknownTypeMatchesNothing() {
    assertThat(FileTypes.matches("text/html", "<html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isFalse();
    assertThat(FileTypes.supported("text/html")).isFalse();
    assertThat(FileTypes.supported("image/png")).isTrue();
  }
}
