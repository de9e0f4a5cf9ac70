package vn.egov.sdk.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Language;

/** Violation messages: every known code has one with its placeholders filled; an unknown code a generic one. */
class MessagesTest {
  @Test
  void knownCodesHaveTheirOwnMessage() {
    assertThat(Messages.codes()).contains("REQUIRED", "TOO_LONG", "ATTACHMENT_UNEXPECTED");
    assertThat(Messages.known("REQUIRED")).isTrue();
    assertThat(Messages.known("NO_SUCH_CODE")).isFalse();
    assertThat(Messages.format("TOO_LONG", Map.of("max", 5), Language.VI)).isEqualTo("Không được quá 5 ký tự.");
  }

  @Test
  void anUnknownCodeGetsTheGenericSentence() {
    assertThat(Messages.format("NO_SUCH_CODE", Map.of(), Language.VI)).isEqualTo("Giá trị không hợp lệ.");
    assertThat(Messages.format("NO_SUCH_CODE", Map.of(), Language.EN)).isEqualTo("The value is not valid.");
  }

  @Test
  void maskingNothingGivesNothing() {
    assertThat(PersonalData.mask(null)).isNull();
    assertThat(PersonalData.mask("gọi 0912345678")).doesNotContain("0912345678");
  }
}
