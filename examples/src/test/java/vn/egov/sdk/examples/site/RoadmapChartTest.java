package vn.egov.sdk.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.LocalizedText;
import vn.egov.sdk.core.MaturityThreshold;
import vn.egov.sdk.core.OnlineLevel;
import vn.egov.sdk.core.roadmap.RoadmapProgress;
import vn.egov.sdk.core.roadmap.RoadmapTarget;

class RoadmapChartTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private static RoadmapTarget target(String id, LocalDate deadline, int atLeast) {
    return new RoadmapTarget(id, LocalizedText.of("Mục tiêu " + id, "Target " + id), deadline, atLeast,
        MaturityThreshold.legacy(3), Optional.empty());
  }

  @Test
  void barsAreProportionalToTheLargestCountAndEveryFigureIsInTheTextAlternative() {
    RoadmapProgress r = new RoadmapProgress(40, Map.of(0, 2, 1, 4, 2, 8, 3, 10, 4, 16),
        Map.of(OnlineLevel.INFORMATION_ONLY, 14, OnlineLevel.PARTIAL, 10, OnlineLevel.FULL_PROCESS, 16),
        List.of(new RoadmapProgress.TargetProgress(target("a", LocalDate.of(2015, 12, 31), 10), 40, 26, TODAY),
            new RoadmapProgress.TargetProgress(target("b", LocalDate.of(2020, 12, 31), 20), 40, 5, TODAY),
            new RoadmapProgress.TargetProgress(target("c", LocalDate.of(2030, 12, 31), 40), 40, 10, TODAY),
            new RoadmapProgress.TargetProgress(new RoadmapTarget("d", LocalizedText.of("Mục tiêu d", "Target d"),
                Optional.empty(), RoadmapTarget.Quota.all(), MaturityThreshold.legacy(4), vn.egov.sdk.core.roadmap.ProcedureKind.any()), 40, 16, TODAY)),
        List.of());
    RoadmapChart chart = RoadmapChart.of(r, Language.VI);
    assertThat(chart.total()).isEqualTo(40);
    RoadmapChart.Chart legacy = chart.charts().get(0);
    assertThat(legacy.bars()).extracting(RoadmapChart.Bar::tableLabel)
        .containsExactly("Chưa công khai", "Mức độ 1", "Mức độ 2", "Mức độ 3", "Mức độ 4");
    assertThat(legacy.bars()).extracting(RoadmapChart.Bar::width)
        .containsExactly(45, 90, 180, 225, RoadmapChart.WIDTH);
    assertThat(legacy.description()).isEqualTo(
        "Chưa công khai: 2 thủ tục. Mức độ 1: 4 thủ tục. Mức độ 2: 8 thủ tục. Mức độ 3: 10 thủ tục. Mức độ 4: 16 thủ tục.");
    // rows never overlap and the drawing is as tall as its rows
    for (int i = 1; i < legacy.bars().size(); i++) {
      assertThat(legacy.bars().get(i).labelY()).isGreaterThan(legacy.bars().get(i - 1).barY() + RoadmapChart.BAR_HEIGHT);
    }
    assertThat(legacy.height()).isGreaterThan(legacy.bars().get(4).barY() + RoadmapChart.BAR_HEIGHT);

    RoadmapChart.Chart targets = chart.charts().get(2);
    assertThat(targets.bars()).extracting(RoadmapChart.Bar::value)
        .containsExactly("26/10 · đạt", "5/20 · quá hạn, còn thiếu 15", "10/40 · còn thiếu 30", "16/40 · còn thiếu 24");
    assertThat(targets.bars()).extracting(RoadmapChart.Bar::cssClass)
        .containsExactly("bar-met", "bar-overdue", "bar-short", "bar-short");
    assertThat(targets.bars()).extracting(RoadmapChart.Bar::width).containsExactly(RoadmapChart.WIDTH, 90, 90, 144);
    assertThat(targets.bars().get(3).tableLabel()).isEqualTo("Mục tiêu d (không ghi thời hạn)");
    assertThat(targets.description()).contains("Mục tiêu b: 5/20 · quá hạn, còn thiếu 15.");
    assertThat(targets.bars().get(0).label()).containsExactly("Mục tiêu a (hạn 31/12/2015)");
  }

  @Test
  void anEmptyCatalogDrawsEmptyBarsNotADivisionByZero() {
    RoadmapProgress r = new RoadmapProgress(0, Map.of(), Map.of(OnlineLevel.INFORMATION_ONLY, 0,
        OnlineLevel.PARTIAL, 0, OnlineLevel.FULL_PROCESS, 0),
        List.of(new RoadmapProgress.TargetProgress(target("z", LocalDate.of(2030, 1, 1), 5), 0, 0, TODAY)), List.of());
    RoadmapChart chart = RoadmapChart.of(r, Language.EN);
    assertThat(chart.charts().get(0).bars()).extracting(RoadmapChart.Bar::width).containsOnly(0);
    assertThat(chart.charts().get(0).bars()).hasSize(4);
    assertThat(chart.charts().get(1).bars()).extracting(RoadmapChart.Bar::value)
        .containsExactly("0 procedures", "0 procedures", "0 procedures");
    assertThat(chart.charts().get(2).bars().get(0).width()).isZero();
  }

  @Test
  void longLabelsWrapAtSpaces() {
    assertThat(RoadmapChart.wrap("Ít nhất 20 thủ tục đạt mức độ 4 vào cuối năm 2020 (hạn 31/12/2020)", 31))
        .containsExactly("Ít nhất 20 thủ tục đạt mức độ 4", "vào cuối năm 2020 (hạn", "31/12/2020)");
    assertThat(RoadmapChart.wrap("một", 30)).containsExactly("một");
    assertThat(RoadmapChart.wrap("aaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb c", 10))
        .containsExactly("aaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "c");
  }
}
