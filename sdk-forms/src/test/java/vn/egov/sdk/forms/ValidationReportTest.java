package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.Problem;

class ValidationReportTest {
  private static final Problem REQUIRED_VI = new Problem("/a", "REQUIRED", "Trường này là bắt buộc.");
  private static final Problem REQUIRED_EN = new Problem("/a", "REQUIRED", "This field is required.");

  private static ValidationReport report(Problem vi, Problem en) {
    return ValidationReport.of(l -> l == Language.VI ? List.of(vi) : List.of(en));
  }

  @Test
  void aReportKeepsEachLanguagesMessagesAndTheCodesInOrder() {
    ValidationReport r = ValidationReport.of(l -> List.of(l == Language.VI ? REQUIRED_VI : REQUIRED_EN,
        new Problem("/b", "TOO_LONG", l.pick("dài", "long"))));
    assertThat(r.valid()).isFalse();
    assertThat(r.problems()).containsExactly(REQUIRED_VI, new Problem("/b", "TOO_LONG", "dài"));
    assertThat(r.problems(Language.EN)).containsExactly(REQUIRED_EN, new Problem("/b", "TOO_LONG", "long"));
    assertThat(r.codes()).containsExactly("REQUIRED", "TOO_LONG");
    assertThat(r).hasToString("ValidationReport" + List.of(REQUIRED_EN, new Problem("/b", "TOO_LONG", "long")));
  }

  @Test
  void noProblemsIsTheValidReport() {
    ValidationReport r = ValidationReport.of(l -> List.of());
    assertThat(r).isSameAs(ValidationReport.none());
    assertThat(r.valid()).isTrue();
    assertThat(r.codes()).isEmpty();
    assertThat(r).hasToString("ValidationReport[valid]");
  }

  @Test
  void languagesThatDisagreeOnAPathACodeOrTheNumberOfProblemsAreRefused() {
    assertThatThrownBy(() -> report(REQUIRED_VI, new Problem("/b", "REQUIRED", "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ");
    assertThatThrownBy(() -> report(REQUIRED_VI, new Problem("/a", "TOO_LONG", "x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ValidationReport.of(l -> l == Language.VI ? List.of(REQUIRED_VI) : List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportsWithTheSameProblemsInEveryLanguageAreEqual() {
    ValidationReport a = report(REQUIRED_VI, REQUIRED_EN);
    ValidationReport b = report(REQUIRED_VI, REQUIRED_EN);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(ValidationReport.none()).isNotEqualTo("x");
    assertThat(a).isNotEqualTo(report(REQUIRED_VI, new Problem("/a", "REQUIRED", "Required.")));
  }
}
