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

  private static Procedure withoutForms(int i, ServiceCapabilities caps) {
    return Procedure.builder().code(String.format("2.%06d", i)).decisionNumber("1/QĐ").name("Chứng thực " + i)
        .field("Chứng thực").adminLevel(AdminLevel.COMMUNE).competentAgency(B).step("Nộp")
        .channel(Channel.of(ChannelType.IN_PERSON, ProcessingTime.workingDays(1)))
        .channel(Channel.of(ChannelType.ONLINE, ProcessingTime.workingDays(1)))
        .dossierGroup(new DossierGroup("", List.of(DossierDocument.original("Giấy tờ cần chứng thực"))))
        .subject("Công dân Việt Nam").capabilities(caps).build();
  }

  private static RoadmapProgress.TargetProgress formsTarget(Catalog catalog) {
    RoadmapProgress p = Roadmap.portal2013().progress(catalog, LocalDate.of(2026, 11, 27));
    return p.targets().stream().filter(t -> t.target().id().equals("forms-level-2")).findFirst().orElseThrow();
  }

  /** The 2013 plan: "every procedure that uses forms at level 2 or above" — all of a kind, not N. */
  @Test
  void everyProcedureThatUsesFormsMustReachLevelTwo() {
    List<Procedure> list = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      list.add(procedureWithForm(i, level(i))); // levels 1, 2, 3, 4: one below level 2
    }
    list.add(withoutForms(5, ServiceCapabilities.informationOnly())); // no forms: not of the kind
    RoadmapProgress.TargetProgress t = formsTarget(Catalog.of(list));
    assertThat(t.target().quota()).isEqualTo(RoadmapTarget.Quota.all());
    assertThat(t.ofTheKind()).isEqualTo(4);
    assertThat(t.required()).isEqualTo(4);
    assertThat(t.actual()).isEqualTo(3);
    assertThat(t.met()).isFalse();
    assertThat(t.shortBy()).isEqualTo(1);
    assertThat(t.target().deadline()).isEmpty();
    assertThat(t.overdue()).isFalse(); // the plan gives no date: never overdue

    list.set(0, procedureWithForm(1, level(2)));
    RoadmapProgress.TargetProgress fixed = formsTarget(Catalog.of(list));
    assertThat(fixed.met()).isTrue();
    assertThat(fixed.shortBy()).isZero();
    assertThat(fixed.actual()).isEqualTo(fixed.required()).isEqualTo(4);
  }

  @Test
  void anAllTargetOverNoProcedureOfItsKindIsMet() {
    RoadmapProgress.TargetProgress t = formsTarget(Catalog.of(List.of(
        withoutForms(1, ServiceCapabilities.informationOnly()))));
    assertThat(t.ofTheKind()).isZero();
    assertThat(t.required()).isZero();
    assertThat(t.met()).isTrue();
  }

  @Test
  void allTargetsCombineKindsAndDeadlines() {
    List<Procedure> list = new ArrayList<>();
    list.add(procedureWithForm(1, level(4)));
    list.add(procedureWithForm(2, level(3)));
    list.add(withoutForms(3, level(4)));
    Catalog catalog = Catalog.of(list);
    RoadmapTarget allOfAAtLevel3 = new RoadmapTarget("a-3", LocalizedText.of("a", "a"),
        Optional.of(LocalDate.of(2025, 12, 31)), RoadmapTarget.Quota.all(), MaturityThreshold.legacy(3),
        ProcedureKind.handledBy(A.code()));
    RoadmapTarget allCommuneFull = new RoadmapTarget("b-fp", LocalizedText.of("b", "b"),
        Optional.of(LocalDate.of(2025, 12, 31)), RoadmapTarget.Quota.all(),
        MaturityThreshold.online(OnlineLevel.FULL_PROCESS),
        ProcedureKind.atAdminLevel(AdminLevel.COMMUNE).and(ProcedureKind.inField("chung thuc")));
    RoadmapTarget twoWithForms = new RoadmapTarget("forms-3", LocalizedText.of("c", "c"),
        Optional.of(LocalDate.of(2030, 1, 1)), RoadmapTarget.Quota.atLeast(2), MaturityThreshold.legacy(3),
        ProcedureKind.usingForms());
    RoadmapProgress p = new Roadmap(List.of(allOfAAtLevel3, allCommuneFull, twoWithForms))
        .progress(catalog, LocalDate.of(2026, 1, 1));
    assertThat(p.targets()).extracting(RoadmapProgress.TargetProgress::ofTheKind).containsExactly(2, 1, 2);
    assertThat(p.targets()).extracting(RoadmapProgress.TargetProgress::required).containsExactly(2, 1, 2);
    assertThat(p.targets()).extracting(RoadmapProgress.TargetProgress::actual).containsExactly(2, 0, 2);
    assertThat(p.targets()).extracting(RoadmapProgress.TargetProgress::met).containsExactly(true, false, true);
    assertThat(p.targets()).extracting(RoadmapProgress.TargetProgress::overdue).containsExactly(false, true, false);
    assertThat(allCommuneFull.kind().label().vi()).isEqualTo("thủ tục cấp xã, thủ tục lĩnh vực chung thuc");
    assertThat(allOfAAtLevel3.agencyCode()).contains(A.code());
    assertThat(twoWithForms.agencyCode()).isEmpty();
  }

  private static Procedure procedureWithForm(int i, ServiceCapabilities caps) {
    return Procedure.builder().code(String.format("1.%06d", i)).decisionNumber("1/QĐ").name("Thủ tục " + i)
        .field("Hộ tịch").adminLevel(AdminLevel.PROVINCE).competentAgency(A).step("Nộp")
        .channel(Channel.of(ChannelType.IN_PERSON, ProcessingTime.workingDays(3)))
        .channel(Channel.of(ChannelType.ONLINE, ProcessingTime.workingDays(3)))
        .dossierGroup(new DossierGroup("", List.of(new DossierDocument("Tờ khai",
            Optional.of("Mẫu số 01"), 1, 0, 0))))
        .subject("Công dân Việt Nam").capabilities(caps).build();
  }

  @Test
  void sampleRoadmapAgainstSampleCatalog() {
    RoadmapProgress p = SampleData.roadmap().progress(SampleData.catalog(), LocalDate.of(2026, 11, 27));
    assertThat(p.targets()).extracting(t -> t.target().id())
        .containsExactly("2015-level-3", "2020-level-4", "forms-level-2");
    assertThat(p.targets().get(0).met()).isTrue();
    // the sample's land registration (1.012756) uses forms that cannot be downloaded: level 1
    RoadmapProgress.TargetProgress forms = p.targets().get(2);
    assertThat(forms.required()).isEqualTo(forms.ofTheKind()).isEqualTo(30);
    assertThat(forms.shortBy()).isEqualTo(1);
    assertThat(p.byLegacyLevel().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(p.totalProcedures());
  }

  @Test
  void targetsAreValidated() {
    assertThatThrownBy(() -> new RoadmapTarget("x", LocalizedText.of("a", "a"), LocalDate.now(), 0,
        MaturityThreshold.legacy(3), Optional.empty())).hasMessage("atLeast: must be positive");
    assertThatThrownBy(() -> RoadmapTarget.Quota.atLeast(-1)).hasMessage("atLeast: must be positive");
    assertThatThrownBy(() -> ProcedureKind.inField(" ")).hasMessage("field: must not be blank");
    assertThatThrownBy(() -> ProcedureKind.handledBy("15.H56")).hasMessageStartingWith("agencyCode:");
    assertThatThrownBy(() -> new ProcedureKind.AllOf(List.of(ProcedureKind.any())))
        .hasMessage("kinds: must name at least two kinds");
    assertThatThrownBy(() -> new RoadmapTarget("x", LocalizedText.of("a", "a"), Optional.empty(),
        RoadmapTarget.Quota.all(), MaturityThreshold.legacy(2), null)).hasMessage("kind");
    assertThatThrownBy(() -> MaturityThreshold.legacy(5)).hasMessage("level: must be a level from 1 to 4");
    RoadmapTarget t = new RoadmapTarget("x", LocalizedText.of("a", "a"), LocalDate.now(), 1,
        MaturityThreshold.legacy(3), Optional.empty());
    assertThatThrownBy(() -> new Roadmap(List.of(t, t))).hasMessageContaining("duplicate target id x");
  }
}
