package vn.egov.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each record of the procedure domain refuses each invalid value with an
 * {@link IllegalArgumentException} (or a {@link NullPointerException} for a missing object) whose
 * message names the component and the rule.
 */
class RecordRulesTest {
  private static final Agency AGENCY = new Agency("000.00.15.H56", "Sở Tư pháp", AdminLevel.PROVINCE);
  private static final Procedure VALID = Procedure.builder().code("2.000488").decisionNumber("1/QĐ")
      .name("Cấp Phiếu").field("Lý lịch tư pháp").adminLevel(AdminLevel.PROVINCE).competentAgency(AGENCY)
      .step("Nộp").channel(Channel.of(ChannelType.IN_PERSON, ProcessingTime.workingDays(10)))
      .dossierGroup(new DossierGroup("", List.of(DossierDocument.original("Tờ khai"))))
      .subject("Công dân Việt Nam").capabilities(ServiceCapabilities.informationOnly()).build();

  /** The valid procedure with the lists replaced: steps, channels, dossier, subjects, implementing agencies. */
  private static Procedure with(List<String> steps, List<Channel> channels, List<DossierGroup> dossier,
      List<String> subjects, List<Agency> implementing) {
    Procedure p = VALID;
    return new Procedure(p.code(), p.localCode(), p.decisionNumber(), p.name(), p.description(), p.type(),
        p.field(), p.adminLevel(), p.competentAgency(), implementing, p.delegatedAgencies(),
        p.coordinatingAgencies(), steps, channels, dossier, subjects, p.results(), p.requirements(),
        p.legalBasis(), p.capabilities());
  }

  private static Procedure.Builder valid() {
    return Procedure.builder().code("2.000488").decisionNumber("1/QĐ").name("Cấp Phiếu")
        .field("Lý lịch tư pháp").adminLevel(AdminLevel.PROVINCE).competentAgency(AGENCY).step("Nộp")
        .channel(Channel.of(ChannelType.IN_PERSON, ProcessingTime.workingDays(10)))
        .dossierGroup(new DossierGroup("", List.of(DossierDocument.original("Tờ khai"))))
        .subject("Công dân Việt Nam").capabilities(ServiceCapabilities.informationOnly());
  }

  @Test
  void aProcedureNamesTheBlankOrMissingComponent() {
    assertThatThrownBy(() -> valid().code(null).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("code: is required");
    assertThatThrownBy(() -> valid().decisionNumber(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("decisionNumber: must not be blank");
    assertThatThrownBy(() -> valid().type("").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("type: must not be blank");
    assertThatThrownBy(() -> valid().field(null).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("field: is required");
    assertThatThrownBy(() -> valid().name(null).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name: is required");
    assertThatThrownBy(() -> valid().adminLevel(null).build())
        .isInstanceOf(NullPointerException.class).hasMessage("adminLevel");
    assertThatThrownBy(() -> valid().capabilities(null).build())
        .isInstanceOf(NullPointerException.class).hasMessage("capabilities");
    assertThatThrownBy(() -> valid().localCode("2.000488.000.00.15").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("localCode: must be a national code with a unit-code suffix such as 2.000815.000.00.00.H55");
    assertThat(valid().localCode(" ").build().localCode()).isEmpty();
  }

  @Test
  void aProcedureNeedsAtLeastOneOfEachList() {
    List<Channel> channels = VALID.channels();
    List<DossierGroup> dossier = VALID.dossier();
    assertThatThrownBy(() -> with(List.of(), channels, dossier, List.of("s"), List.of(AGENCY)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("steps: must not be empty");
    assertThatThrownBy(() -> with(List.of("s"), List.of(), dossier, List.of("s"), List.of(AGENCY)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("channels: must not be empty");
    assertThatThrownBy(() -> with(List.of("s"), channels, List.of(), List.of("s"), List.of(AGENCY)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dossier: must not be empty");
    assertThatThrownBy(() -> with(List.of("s"), channels, dossier, List.of(), List.of(AGENCY)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("subjects: must not be empty");
    assertThatThrownBy(() -> with(List.of("s"), channels, dossier, List.of("s"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("implementingAgencies: must not be empty");
    assertThatThrownBy(() -> with(null, channels, dossier, List.of("s"), List.of(AGENCY)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("steps: is required");
    assertThat(with(List.of("a", "b"), channels, dossier, List.of("s"), List.of(AGENCY)).steps()).containsExactly("a", "b");
    assertThatThrownBy(() -> with(List.of("a", " "), channels, dossier, List.of("s"), List.of(AGENCY)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("steps element: must not be blank");
  }

  @Test
  void anAgencyNeedsAUnitCodeANameAndALevel() {
    assertThatThrownBy(() -> new Agency(null, "x", AdminLevel.PROVINCE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("code: is required");
    assertThatThrownBy(() -> new Agency("000.00.15.H56", " ", AdminLevel.PROVINCE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name: must not be blank");
    assertThatThrownBy(() -> new Agency("000.00.15.H56", "x", null))
        .isInstanceOf(NullPointerException.class).hasMessage("level");
  }

  @Test
  void aDossierDocumentCountsAreNotNegativeAndNotAllZero() {
    assertThatThrownBy(() -> new DossierDocument(" ", Optional.empty(), 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name: must not be blank");
    assertThatThrownBy(() -> new DossierDocument("x", Optional.empty(), -1, 2, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("originals: must not be negative");
    assertThatThrownBy(() -> new DossierDocument("x", Optional.empty(), 2, -1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("copies: must not be negative");
    assertThatThrownBy(() -> new DossierDocument("x", Optional.empty(), 0, 2, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("electronic: must not be negative");
    assertThatThrownBy(() -> new DossierDocument("x", Optional.empty(), 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("originals: at least one original, copy or electronic copy is needed");
    assertThat(new DossierDocument("x", Optional.of(" "), 0, 0, 1).form()).isEmpty();
    assertThat(new DossierDocument("x", Optional.of(" Mẫu 01 "), 0, 1, 0).form()).contains("Mẫu 01");
  }

  @Test
  void aLegalBasisNeedsNumberSummaryDateAndIssuer() {
    LocalDate d = LocalDate.of(2014, 11, 20);
    assertThatThrownBy(() -> new LegalBasis("60/2014/QH13", "", d, "Quốc hội"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("summary: must not be blank");
    assertThatThrownBy(() -> new LegalBasis("60/2014/QH13", "Luật", null, "Quốc hội"))
        .isInstanceOf(NullPointerException.class).hasMessage("issuedOn");
    assertThatThrownBy(() -> new LegalBasis("60/2014/QH13", "Luật", d, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("issuer: is required");
  }

  @Test
  void aFeeNeedsADescriptionAndAnIsoCurrency() {
    assertThatThrownBy(() -> new Fee(null, BigDecimal.ONE, "VND"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("description: is required");
    assertThatThrownBy(() -> new Fee("x", BigDecimal.ONE, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("currency: is required");
    assertThatThrownBy(() -> new Fee("x", BigDecimal.ONE, "vnd"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("currency: must be an ISO 4217 code such as VND");
    assertThat(new Fee("x", BigDecimal.ZERO, "VND").isFree()).isTrue();
    assertThat(new Fee("x", null, "VND").isFree()).isFalse();
    assertThat(Fee.vnd("x", 1).isFree()).isFalse();
    assertThat(new Fee("x", null, "VND")).isEqualTo(new Fee("x", null, "VND")).isNotEqualTo(Fee.vnd("x", 0));
    assertThat(Fee.vnd("x", 0)).isNotEqualTo(new Fee("x", null, "VND"));
    assertThat(new Fee("x", new BigDecimal("5.0"), "VND").hashCode()).isEqualTo(Fee.vnd("x", 5).hashCode());
    assertThat(new Fee("x", null, "VND").hashCode()).isEqualTo(new Fee("x", null, "VND").hashCode());
  }

  @Test
  void processingTimesAreAtLeastOneUnit() {
    assertThat(ProcessingTime.days(1).amount()).isEqualTo(1);
    assertThatThrownBy(() -> ProcessingTime.hours(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("amount: must be positive");
    assertThatThrownBy(() -> new ProcessingTime(1, null)).isInstanceOf(NullPointerException.class).hasMessage("unit");
    assertThat(ProcessingTime.days(15).display(Language.VI)).isEqualTo("15 ngày");
    assertThat(ProcessingTime.workingDays(15).display(Language.EN)).isEqualTo("15 working days");
    assertThat(ProcessingTime.days(2).toIsoDuration()).isEqualTo("P2D");
  }

  @Test
  void capabilitiesNeedAWayToDeliverTheResult() {
    assertThatThrownBy(() -> new ServiceCapabilities(true, true, true, true, true, Set.of(), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("resultDelivery: must not be empty");
    assertThatThrownBy(() -> new ServiceCapabilities(true, true, true, true, true, null, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("resultDelivery: is required");
  }

  @Test
  void anAssessmentHasALegacyLevelFromZeroToFour() {
    assertThat(new Assessment(0, OnlineLevel.INFORMATION_ONLY, List.of()).legacyLevel()).isZero();
    assertThat(new Assessment(4, OnlineLevel.FULL_PROCESS, List.of()).legacyLevel()).isEqualTo(4);
    assertThatThrownBy(() -> new Assessment(-1, OnlineLevel.INFORMATION_ONLY, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("legacyLevel: must be from 0 to 4, was -1");
    assertThatThrownBy(() -> new Assessment(5, OnlineLevel.INFORMATION_ONLY, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("legacyLevel: must be from 0 to 4, was 5");
    assertThatThrownBy(() -> new Assessment(1, null, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("onlineLevel");
  }
}
