package vn.egov.sdk.forms.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Agency;

/** Circular 01/2018/TT-VPCP Art. 19: {@code V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX}. */
class DossierCodeTest {

  @Test
  void formatsAndParsesTheCircularsShape() {
    DossierCode c = new DossierCode("000.00.15.H30", LocalDate.of(2026, 11, 27), 1);
    assertThat(c).hasToString("000.00.15.H30-261127-0001");
    assertThat(DossierCode.parse("000.00.15.H30-261127-0001")).isEqualTo(c);
    assertThat(DossierCode.parse("G12.34.56.H78-250101-12345"))
        .isEqualTo(new DossierCode("G12.34.56.H78", LocalDate.of(2025, 1, 1), 12345));
  }

  /** Issue 11.8: the dossier code's unit part and the catalog accepted different codes. */
  @Test
  void theUnitPartFollowsTheCatalogsRuleForEveryText() {
    List<String> samples = List.of("G12.34.56.H78", "000.00.15.H56", "00.00.15.H56", "000.00.15.156",
        "000.00.15.h56", "AAA.BB.CC.DDD", "000.00.15.H5", "0000.0.15.H56");
    for (String unit : samples) {
      agree(unit);
    }
    SplittableRandom random = new SplittableRandom(11_8);
    String alphabet = "0123456789AGHZ.a-";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = 11 + random.nextInt(5);
      for (int k = 0; k < length; k++) {
        b.append(k == 3 || k == 6 || k == 9 ? '.' : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      agree(b.toString());
    }
  }

  private static void agree(String unit) {
    boolean catalog = Agency.isUnitCode(unit);
    assertThat(DossierCode.isUnitCode(unit)).as(unit).isEqualTo(catalog);
    if (catalog) {
      assertThat(DossierCode.parse(unit + "-250630-0007").unitCode()).isEqualTo(unit);
      assertThat(new ProcedureTerms(unit, 5, ProcedureTerms.TimeUnit.WORKING_DAYS).unitCode()).isEqualTo(unit);
    } else {
      assertThatThrownBy(() -> DossierCode.parse(unit + "-250630-0007")).as(unit)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new DossierCode(unit, LocalDate.of(2025, 6, 30), 7)).as(unit)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new ProcedureTerms(unit, 5, ProcedureTerms.TimeUnit.WORKING_DAYS)).as(unit)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void refusesWhatIsNotADossierCode() {
    for (String text : new String[] {null, "", "000.00.15.H30-261327-0001", "000.00.15.H30-261127-001",
        "000.00.15.H30-261127", "000.00.15.H30261127-0001", " 000.00.15.H30-261127-0001"}) {
      assertThatThrownBy(() -> DossierCode.parse(text)).as(String.valueOf(text))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("not a dossier code");
    }
    assertThatThrownBy(() -> new DossierCode("000.00.15.H30", LocalDate.of(2026, 1, 1), 0))
        .hasMessageContaining("sequence");
  }
}
