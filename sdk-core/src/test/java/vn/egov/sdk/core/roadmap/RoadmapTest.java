package vn.egov.sdk.core.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.egov.sdk.core.OnlineLevel;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.ProcessingTime;
import vn.egov.sdk.core.ResultDelivery;
import vn.egov.sdk.core.ServiceCapabilities;
import vn.egov.sdk.core.catalog.Catalog;
import vn.egov.sdk.core.catalog.SampleData;

class RoadmapTest {
  private static final Agency A = new Agency("000.00.15.H56", "Sở Tư pháp", AdminLevel.PROVINCE);
  private static final Agency B = new Agency("000.01.01.H56", "UBND phường", AdminLevel.COMMUNE);

  private static Procedure procedure(int i, Agency agency, ServiceCapabilities caps) {
    return Procedure.builder().code(String.format("1.%06d", i)).decisionNumber("1/QĐ").name("Thủ tục " + i)
        .field("Hộ tịch").adminLevel(agency.level()).competentAgency(agency).step("Nộp")
        .channel(Channel.of(ChannelType.IN_PERSON, ProcessingTime.workingDays(3)))
        .channel(Channel.of(ChannelType.ONLINE, ProcessingTime.workingDays(3)))
        .dossierGroup(new DossierGroup("", List.of(DossierDocument.original("Đơn"))))
        .subject("Công dân Việt Nam").capabilities(caps).build();
  }

  private static ServiceCapabilities level(int level) {
    return new ServiceCapabilities(true, level >= 2, level >= 3, level >= 3, level >= 4,
        Set.of(ResultDelivery.IN_PERSON), true);
  }

  /** A: 3 at level 4 (1 full-process), 2 at level 3; B: 4 at level 1. */
  private static Catalog catalog() {
    List<Procedure> list = new ArrayList<>();
    int i = 0;
    list.add(procedure(++i, A, ServiceCapabilities.fullProcess()));
    list.add(procedure(++i, A, level(4)));
    list.add(procedure(++i, A, level(4)));
    list.add(procedure(++i, A, level(3)));
    list.add(procedure(++i, A, level(3)));
    for (int k = 0; k < 4; k++) {
      list.add(procedure(++i, B, level(1)));
    }
    return Catalog.of(list);
  }

  @Test
  void countsPerLevelOverallAndPerAgency() {
    RoadmapProgress p = Roadmap.portal2013().progress(catalog(), LocalDate.of(2026, 11, 27));
    assertThat(p.totalProcedures()).isEqualTo(9);
    assertThat(p.byLegacyLevel()).containsExactly(
        java.util.Map.entry(0, 0), java.util.Map.entry(1, 4), java.util.Map.entry(2, 0),
        java.util.Map.entry(3, 2), java.util.Map.entry(4, 3));
    assertThat(p.byOnlineLevel()).containsEntry(OnlineLevel.INFORMATION_ONLY, 4)
        .containsEntry(OnlineLevel.PARTIAL, 4).containsEntry(OnlineLevel.FULL_PROCESS, 1);
    assertThat(p.agencies()).extracting(a -> a.agency().code()).containsExactly(A.code(), B.code());
    assertThat(p.agencies().get(0).total()).isEqualTo(5);
    assertThat(p.agencies().get(0).byLegacyLevel()).containsEntry(4, 3).containsEntry(3, 2).containsEntry(1, 0);
    assertThat(p.agencies().get(1).byLegacyLevel()).containsEntry(1, 4);
  }

  @Test
  void targetsAreMetOrShortByHowMany() {
    RoadmapProgress p = Roadmap.portal2013().progress(catalog(), LocalDate.of(2026, 11, 27));
    RoadmapProgress.TargetProgress t2015 = p.targets().get(0);
    assertThat(t2015.target().id()).isEqualTo("2015-level-3");
    assertThat(t2015.required()).isEqualTo(10);
    assertThat(t2015.actual()).isEqualTo(5); // level 3 and 4 count
    assertThat(t2015.met()).isFalse();
    assertThat(t2015.shortBy()).isEqualTo(5);
    assertThat(t2015.overdue()).isTrue();
    RoadmapProgress.TargetProgress t2020 = p.targets().get(1);
    assertThat(t2020.actual()).isEqualTo(3);
    assertThat(t2020.shortBy()).isEqualTo(17);
  }

  @Test
  void onlineLevelAndAgencyScopedTargets() {
    Roadmap r = new Roadmap(List.of(
        new RoadmapTarget("fp", LocalizedText.of("a", "a"), LocalDate.of(2030, 1, 1), 1,
            MaturityThreshold.online(OnlineLevel.FULL_PROCESS), Optional.empty()),
        new RoadmapTarget("partial-b", LocalizedText.of("b", "b"), LocalDate.of(2030, 1, 1), 2,
            MaturityThreshold.online(OnlineLevel.PARTIAL), Optional.of(B.code())),
        new RoadmapTarget("partial-a", LocalizedText.of("c", "c"), LocalDate.of(2030, 1, 1), 5,
            MaturityThreshold.online(OnlineLevel.PARTIAL), Optional.of(A.code()))));
    RoadmapProgress p = r.progress(catalog(), LocalDate.of(2026, 1, 1));
    assertThat(p.targets()).extracting(RoadmapProgress.TargetProgress::actual).containsExactly(1, 0, 5);
    assertThat(p.targets()).extracting(RoadmapProgress.TargetProgress::met).containsExactly(true, false, true);
    assertThat(p.targets().get(1).overdue()).isFalse();
  }

  @Test
  void sampleRoadmapAgainstSampleCatalog() {
    RoadmapProgress p = SampleData.roadmap().progress(SampleData.catalog(), LocalDate.of(2026, 11, 27));
    assertThat(p.targets()).hasSize(2);
    assertThat(p.targets().get(0).met()).isTrue();
    assertThat(p.byLegacyLevel().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(p.totalProcedures());
  }

  @Test
  void targetsAreValidated() {
    assertThatThrownBy(() -> new RoadmapTarget("x", LocalizedText.of("a", "a"), LocalDate.now(), 0,
        MaturityThreshold.legacy(3), Optional.empty())).hasMessage("atLeast: must be positive");
    assertThatThrownBy(() -> MaturityThreshold.legacy(5)).hasMessage("level: must be a level from 1 to 4");
    RoadmapTarget t = new RoadmapTarget("x", LocalizedText.of("a", "a"), LocalDate.now(), 1,
        MaturityThreshold.legacy(3), Optional.empty());
    assertThatThrownBy(() -> new Roadmap(List.of(t, t))).hasMessageContaining("duplicate target id x");
  }
}
