package vn.egov.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What people read: the two languages, and the labels of capabilities and online levels. */
class LabelsAndLanguagesTest {

  @Test
  void englishIsChosenOnlyByItsTagAndVietnameseIsTheDefault() {
    assertThat(Language.fromTag("en")).isEqualTo(Language.EN);
    assertThat(Language.fromTag(" EN ")).isEqualTo(Language.EN);
    assertThat(Language.fromTag("vi")).isEqualTo(Language.VI);
    assertThat(Language.fromTag("fr")).isEqualTo(Language.VI);
    assertThat(Language.fromTag("")).isEqualTo(Language.VI);
    assertThat(Language.fromTag(null)).isEqualTo(Language.VI);
    assertThat(Language.VI.tag()).isEqualTo("vi");
    assertThat(Language.EN.tag()).isEqualTo("en");
    assertThat(Language.VI.locale()).isEqualTo(Locale.forLanguageTag("vi-VN"));
    assertThat(Language.EN.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(Language.VI.pick("Có", "Yes")).isEqualTo("Có");
    assertThat(Language.EN.pick("Có", "Yes")).isEqualTo("Yes");
  }

  @Test
  void everyCapabilityHasALabelInBothLanguages() {
    assertThat(Capability.ONLINE_SUBMISSION.label().in(Language.VI)).isEqualTo("Nộp hồ sơ trực tuyến");
    assertThat(Capability.ONLINE_SUBMISSION.label().in(Language.EN)).isEqualTo("Online submission");
    assertThat(Capability.NO_PRESENCE_REQUIRED.label().in(Language.EN)).isEqualTo("No visit in person required");
    for (Capability c : Capability.values()) {
      assertThat(c.label().in(Language.VI)).isNotBlank();
      assertThat(c.label().in(Language.EN)).isNotBlank().isNotEqualTo(c.label().in(Language.VI));
    }
  }

  @Test
  void onlineLevelsHaveLabelsAndAnOrder() {
    assertThat(OnlineLevel.FULL_PROCESS.label().in(Language.VI)).isEqualTo("Toàn trình");
    assertThat(OnlineLevel.PARTIAL.label().in(Language.VI)).isEqualTo("Một phần");
    assertThat(OnlineLevel.INFORMATION_ONLY.label().in(Language.EN)).isEqualTo("Information only");
    assertThat(OnlineLevel.PARTIAL.isAtLeast(OnlineLevel.PARTIAL)).isTrue();
    assertThat(OnlineLevel.PARTIAL.isAtLeast(OnlineLevel.INFORMATION_ONLY)).isTrue();
    assertThat(OnlineLevel.PARTIAL.isAtLeast(OnlineLevel.FULL_PROCESS)).isFalse();
  }
}
