package vn.egov.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcedureTest {
  private static final Agency AGENCY = new Agency("000.00.15.H56", "Sở Tư pháp", AdminLevel.PROVINCE);

  private static Procedure.Builder valid() {
    return Procedure.builder().code("2.000488").decisionNumber("1/QĐ").name("Cấp Phiếu")
        .field("Lý lịch tư pháp").adminLevel(AdminLevel.PROVINCE).competentAgency(AGENCY).step("Nộp")
        .channel(Channel.of(ChannelType.ONLINE, ProcessingTime.workingDays(10), Fee.vnd("Phí", 200000)))
        .dossierGroup(new DossierGroup("", List.of(DossierDocument.original("Tờ khai"))))
        .subject("Công dân Việt Nam").capabilities(ServiceCapabilities.fullProcess());
  }

  @Test
  void buildsAndDerives() {
    Procedure p = valid().localCode("2.000488.000.00.15.H56").build();
    assertThat(p.localCode()).contains("2.000488.000.00.15.H56");
    assertThat(p.implementingAgencies()).containsExactly(AGENCY);
    assertThat(p.assessment().onlineLevel()).isEqualTo(OnlineLevel.FULL_PROCESS);
    assertThat(p.channel(ChannelType.ONLINE)).isPresent();
    assertThat(p.channel(ChannelType.POST)).isEmpty();
    assertThat(p.isHandledBy("000.00.15.H56")).isTrue();
  }

  @Test
  void validatesOnConstruction() {
    assertThatThrownBy(() -> valid().code("1001193").build()).hasMessage("code: must be a national procedure code such as 1.001193");
    assertThatThrownBy(() -> valid().localCode("x").build()).hasMessageStartingWith("localCode:");
    assertThatThrownBy(() -> valid().name(" ").build()).hasMessage("name: must not be blank");
    assertThatThrownBy(() -> valid().competentAgency(null).build()).hasMessage("competentAgency");
    assertThatThrownBy(() -> valid().channel(Channel.of(ChannelType.ONLINE, ProcessingTime.days(1))).build())
        .hasMessage("channels: more than one ONLINE channel");
    assertThatThrownBy(() -> Procedure.builder().code("2.000488").decisionNumber("1").name("n").field("f")
        .adminLevel(AdminLevel.PROVINCE).competentAgency(AGENCY).step("s")
        .channel(Channel.of(ChannelType.IN_PERSON, ProcessingTime.days(1)))
        .dossierGroup(new DossierGroup("", List.of(DossierDocument.original("d")))).subject("s")
        .capabilities(ServiceCapabilities.fullProcess()).build())
        .hasMessage("channels: online submission needs an ONLINE channel");
  }

  @Test
  void valueRecordsValidate() {
    assertThatThrownBy(() -> new Agency("000.00.15", "x", AdminLevel.PROVINCE)).hasMessageStartingWith("code: must be a QCVN 102:2016 unit code");
    assertThatThrownBy(() -> ProcessingTime.workingDays(0)).hasMessage("amount: must be positive");
    assertThatThrownBy(() -> new Fee("x", BigDecimal.valueOf(-1), "VND")).hasMessage("amount: must not be negative");
    assertThatThrownBy(() -> new Fee("x", BigDecimal.ONE, "dong")).hasMessage("currency: must be an ISO 4217 code such as VND");
    assertThatThrownBy(() -> new DossierDocument("x", Optional.empty(), 0, 0, 0)).hasMessageContaining("at least one original");
    assertThatThrownBy(() -> new DossierGroup("", List.of())).hasMessage("documents: must not be empty");
    assertThatThrownBy(() -> new LegalBasis("", "x", LocalDate.now(), "y")).hasMessage("number: must not be blank");
    assertThat(Fee.vnd("Phí", 2000)).isEqualTo(new Fee("Phí", new BigDecimal("2000.00"), "VND"));
    assertThat(ProcessingTime.hours(4).toIsoDuration()).isEqualTo("PT4H");
    assertThat(ProcessingTime.workingDays(15).display(Language.VI)).isEqualTo("15 ngày làm việc");
    assertThat(ProcessingTime.workingDays(15).display(Language.EN)).isEqualTo("15 working days");
  }

  @Test
  void textIsNormalisedToNfc() {
    Procedure p = valid().name("Đa\u0306ng ký").build();
    assertThat(p.name()).isEqualTo("Đăng ký");
  }
}
