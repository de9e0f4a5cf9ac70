package vn.egov.sdk.core.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.AdminLevel;
import vn.egov.sdk.core.Agency;
import vn.egov.sdk.core.Channel;
import vn.egov.sdk.core.ChannelType;
import vn.egov.sdk.core.DossierDocument;
import vn.egov.sdk.core.DossierGroup;
import vn.egov.sdk.core.LocalizedText;
import vn.egov.sdk.core.MaturityThreshold;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.ProcessingTime;
import vn.egov.sdk.core.ResultDelivery;
import vn.egov.sdk.core.ServiceCapabilities;
import vn.egov.sdk.core.catalog.Catalog;

/** Which procedures a target counts, per kind and threshold, and the per-level counts of a roadmap. */
class RoadmapCountingTest {
  private static final Agency SO = new Agency("000.00.15.H56", "Sở Tư pháp", AdminLevel.PROVINCE);
  private static final Agency XA = new Agency("000.01.01.H56", "UBND xã", AdminLevel.COMMUNE);

  private static Procedure procedure(int i, Agency competent, Agency implementing, String field, int level) {
    ServiceCapabilities caps = new ServiceCapabilities(true, level >= 2, level >= 3, level >= 3, level >= 4,
        Set.of(ResultDelivery.IN_PERSON), true);
    Procedure.Builder b = Procedure.builder().code(String.format("1.%06d", i)).decisionNumber("1/QĐ")
        .name("Thủ tục " + i).field(field).adminLevel(competent.level()).competentAgency(competent).step("Nộp")
        .channel(Channel.of(ChannelType.IN_PERSON, ProcessingTime.workingDays(1)))
        .channel(Channel.of(ChannelType.ONLINE, ProcessingTime.workingDays(1)))
        .dossierGroup(new DossierGroup("", List.of(DossierDocument.original("Đơn")))).subject("Công dân")
        .capabilities(caps);
    if (implementing != null) {
      b.implementingAgency(implementing);
    }
    return b.build();
  }

  @Test
  void aTargetCountsAProcedureOfItsKindThatReachesItsThreshold() {
    RoadmapTarget communeLevel3 = new RoadmapTarget("x", LocalizedText.of("a", "a"), Optional.empty(),
        RoadmapTarget.Quota.all(), MaturityThreshold.legacy(3), ProcedureKind.atAdminLevel(AdminLevel.COMMUNE));
    Procedure communeAt3 = procedure(1, XA, null, "Hộ tịch", 3);
    Procedure communeAt2 = procedure(2, XA, null, "Hộ tịch", 2);
    Procedure provinceAt4 = procedure(3, SO, null, "Hộ tịch", 4);
    assertThat(communeLevel3.counts(communeAt3, communeAt3.assessment())).isTrue();
    assertThat(communeLevel3.counts(communeAt2, communeAt2.assessment())).isFalse();
    assertThat(communeLevel3.counts(provinceAt4, provinceAt4.assessment())).isFalse();
    assertThat(communeLevel3.includes(provinceAt4)).isFalse();
    assertThat(communeLevel3.includes(communeAt2)).isTrue();
  }

  @Test
  void kindsSelectByFieldAgencyAndLevel() {
    Procedure hoTich = procedure(1, SO, XA, "Hộ tịch", 1);
    Procedure chungThuc = procedure(2, SO, null, "Chứng thực", 1);
    assertThat(ProcedureKind.inField("ho tich").includes(hoTich)).isTrue();
    assertThat(ProcedureKind.inField("ho tich").includes(chungThuc)).isFalse();
    // an implementing agency handles the procedure as much as the competent one
    assertThat(ProcedureKind.handledBy(XA.code()).includes(hoTich)).isTrue();
    assertThat(hoTich.isHandledBy(XA.code())).isTrue();
    assertThat(chungThuc.isHandledBy(XA.code())).isFalse();
    assertThat(ProcedureKind.atAdminLevel(AdminLevel.COMMUNE).includes(hoTich)).isFalse();
    assertThat(ProcedureKind.any().includes(chungThuc)).isTrue();
    assertThat(ProcedureKind.usingForms().includes(chungThuc)).isFalse();
    assertThat(ProcedureKind.any().label().en()).isNotBlank();
    assertThat(ProcedureKind.usingForms().label().vi()).isNotBlank();
    assertThat(ProcedureKind.handledBy(XA.code()).label().vi()).contains(XA.code());
    ProcedureKind both = ProcedureKind.inField("ho tich").and(ProcedureKind.handledBy(XA.code()));
    assertThat(both.includes(hoTich)).isTrue();
    assertThat(both.includes(chungThuc)).isFalse();
    assertThat(both.label().vi()).contains(", ");
  }

  @Test
  void everyLevelFromZeroToFourIsCountedEvenWhenNoProcedureIsThere() {
    Catalog c = Catalog.of(List.of(procedure(1, SO, null, "Hộ tịch", 1), procedure(2, SO, null, "Hộ tịch", 2)));
    RoadmapProgress p = Roadmap.portal2013().progress(c, LocalDate.of(2026, 1, 1));
    assertThat(p.byLegacyLevel()).containsExactly(java.util.Map.entry(0, 0), java.util.Map.entry(1, 1),
        java.util.Map.entry(2, 1), java.util.Map.entry(3, 0), java.util.Map.entry(4, 0));
    assertThat(p.agencies().get(0).byLegacyLevel()).containsKeys(0, 1, 2, 3, 4);
  }

  @Test
  void aTargetNeedsAnId() {
    assertThatThrownBy(() -> new RoadmapTarget(" ", LocalizedText.of("a", "a"), Optional.empty(),
        RoadmapTarget.Quota.all(), MaturityThreshold.legacy(1), ProcedureKind.any()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("id: must not be blank");
  }
}
