package vn.egov.sdk.forms.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A processing time is 0 to 3650 of its unit. */
class ProcedureTermsTest {
  private static final String UNIT = "000.00.15.H30";

  @Test
  void zeroAnd3650AreAcceptedAndJustOutsideRefused() {
    assertThat(new ProcedureTerms(UNIT, 0, ProcedureTerms.TimeUnit.DAYS).amount()).isZero();
    assertThat(new ProcedureTerms(UNIT, 3650, ProcedureTerms.TimeUnit.DAYS).amount()).isEqualTo(3650);
    assertThatThrownBy(() -> new ProcedureTerms(UNIT, -1, ProcedureTerms.TimeUnit.DAYS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0–3650");
    assertThatThrownBy(() -> new ProcedureTerms(UNIT, 3651, ProcedureTerms.TimeUnit.DAYS))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
