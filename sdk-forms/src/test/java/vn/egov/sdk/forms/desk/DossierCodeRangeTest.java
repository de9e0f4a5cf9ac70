package vn.egov.sdk.forms.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The YYMMDD date of a dossier code covers 2000–2099, both ends included. */
class DossierCodeRangeTest {
  private static final String UNIT = "000.00.15.H30";

  @Test
  void theFirstAndLastDaysOfTheCenturyAreAccepted() {
    assertThat(new DossierCode(UNIT, LocalDate.of(2000, 1, 1), 1)).hasToString(UNIT + "-000101-0001");
    assertThat(new DossierCode(UNIT, LocalDate.of(2099, 12, 31), 1)).hasToString(UNIT + "-991231-0001");
  }

  @Test
  void theDaysJustOutsideAreRefused() {
    assertThatThrownBy(() -> new DossierCode(UNIT, LocalDate.of(1999, 12, 31), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2000–2099");
    assertThatThrownBy(() -> new DossierCode(UNIT, LocalDate.of(2100, 1, 1), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2000–2099");
  }

  @Test
  void parseReadsBothEndsAndRefusesAnImpossibleDateOrSequenceZero() {
    assertThat(DossierCode.parse(UNIT + "-000101-0001").date()).isEqualTo(LocalDate.of(2000, 1, 1));
    assertThat(DossierCode.parse(UNIT + "-991231-0042").sequence()).isEqualTo(42);
    assertThatThrownBy(() -> DossierCode.parse(UNIT + "-250230-0001")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DossierCode.parse(UNIT + "-250101-0000")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DossierCode.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSequenceStartsAtOne() {
    assertThat(new DossierCode(UNIT, LocalDate.of(2026, 11, 27), 1).sequence()).isEqualTo(1);
    assertThatThrownBy(() -> new DossierCode(UNIT, LocalDate.of(2026, 11, 27), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
  }
}
