package vn.egov.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.catalog.Catalog;
import vn.egov.sdk.core.catalog.SampleData;
import vn.egov.sdk.core.catalog.SearchQuery;
import vn.egov.sdk.core.roadmap.Roadmap;
import vn.egov.sdk.core.roadmap.RoadmapProgress;
import vn.egov.sdk.core.roadmap.RoadmapTarget;

/**
 * Decree 43/2011 levels run from 1 to 4: both ends are valid wherever a level is given (a roadmap
 * threshold, a search filter, a roadmap target), 0 and 5 are not.
 */
class LegacyLevelRangeTest {

  private static ServiceCapabilities level(int level) {
    return new ServiceCapabilities(level >= 1, level >= 2, level >= 3, level >= 3, level >= 4,
        Set.of(ResultDelivery.IN_PERSON), true);
  }

  private static Assessment assessed(int level) {
    return Maturity.assess(level(level));
  }

  @Test
  void levelOneIsAValidThreshold() {
    MaturityThreshold one = MaturityThreshold.legacy(1);
    assertThat(one).isEqualTo(new MaturityThreshold.Legacy(1));
    assertThat(one.isMetBy(assessed(1))).isTrue();
    assertThat(one.isMetBy(assessed(4))).isTrue();
    assertThat(one.isMetBy(assessed(0))).isFalse();
  }

  @Test
  void levelFourIsAValidThresholdMetOnlyAtLevelFour() {
    MaturityThreshold four = MaturityThreshold.legacy(4);
    assertThat(four.isMetBy(assessed(4))).isTrue();
    assertThat(four.isMetBy(assessed(3))).isFalse();
  }

  @Test
  void levelsZeroAndFiveAreRefusedAsThresholds() {
    assertThatThrownBy(() -> MaturityThreshold.legacy(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("level: must be a level from 1 to 4");
    assertThatThrownBy(() -> MaturityThreshold.legacy(5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("level: must be a level from 1 to 4");
  }

  @Test
  void levelOneIsAValidSearchFilter() {
    Catalog catalog = SampleData.catalog();
    var items = catalog.search(SearchQuery.builder().legacyLevel(1).size(SearchQuery.MAX_SIZE).build()).items();
    assertThat(items).isNotEmpty().allSatisfy(p -> assertThat(p.assessment().legacyLevel()).isEqualTo(1));
    var four = catalog.search(SearchQuery.builder().legacyLevel(4).size(SearchQuery.MAX_SIZE).build()).items();
    assertThat(four).isNotEmpty().allSatisfy(p -> assertThat(p.assessment().legacyLevel()).isEqualTo(4));
  }

  @Test
  void levelsZeroAndFiveAreRefusedAsSearchFilters() {
    assertThatThrownBy(() -> SearchQuery.builder().legacyLevel(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("legacyLevel: must be a level from 1 to 4");
    assertThatThrownBy(() -> SearchQuery.builder().legacyLevel(5).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("legacyLevel: must be a level from 1 to 4");
  }

  @Test
  void searchPagesAndSizesHaveInclusiveBounds() {
    assertThat(SearchQuery.builder().page(1).size(1).build().size()).isEqualTo(1);
    assertThat(SearchQuery.builder().size(SearchQuery.MAX_SIZE).build().size()).isEqualTo(SearchQuery.MAX_SIZE);
    assertThatThrownBy(() -> SearchQuery.builder().page(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("page: must be positive");
    assertThatThrownBy(() -> SearchQuery.builder().size(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("size: must be from 1 to 10000");
    assertThatThrownBy(() -> SearchQuery.builder().size(SearchQuery.MAX_SIZE + 1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("size: must be from 1 to 10000");
  }

  @Test
  void levelOneIsAValidRoadmapTarget() {
    RoadmapTarget published = new RoadmapTarget("all-published", LocalizedText.of("a", "a"),
        LocalDate.of(2030, 1, 1), 1, MaturityThreshold.legacy(1), Optional.empty());
    RoadmapProgress p = new Roadmap(java.util.List.of(published))
        .progress(SampleData.catalog(), LocalDate.of(2026, 1, 1));
    RoadmapProgress.TargetProgress t = p.targets().get(0);
    // every procedure that publishes its information counts: all but those at level 0
    assertThat(t.ofTheKind()).isEqualTo(p.totalProcedures());
    assertThat(t.actual()).isEqualTo(p.totalProcedures() - p.byLegacyLevel().get(0)).isPositive();
    assertThat(t.met()).isTrue();
  }
}
