package vn.egov.sdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.OnlineLevel;

class SyntheticCatalogTest {

  @Test
  void thePortalsScale() {
    Catalog c = SyntheticCatalog.generate(42, 1441, 179);
    assertThat(c.size()).isEqualTo(1441);
    assertThat(c.procedures().stream().map(p -> p.competentAgency().code()).distinct().count()).isEqualTo(179);
    Set<Integer> levels = c.procedures().stream().map(p -> p.assessment().legacyLevel()).collect(Collectors.toSet());
    assertThat(levels).containsExactlyInAnyOrder(1, 2, 3, 4);
    Set<OnlineLevel> online = c.procedures().stream().map(p -> p.assessment().onlineLevel()).collect(Collectors.toSet());
    assertThat(online).containsExactlyInAnyOrder(OnlineLevel.values());
    assertThat(c.search(SearchQuery.builder().text("cap giay phep").build()).total()).isPositive();
  }

  @Test
  void deterministicPerSeed() {
    assertThat(SyntheticCatalog.generate(7, 200, 20).procedures())
        .isEqualTo(SyntheticCatalog.generate(7, 200, 20).procedures());
    assertThat(SyntheticCatalog.generate(7, 200, 20).procedures())
        .isNotEqualTo(SyntheticCatalog.generate(8, 200, 20).procedures());
  }

  @Test
  void sizesAreChecked() {
    assertThatThrownBy(() -> SyntheticCatalog.generate(1, 0, 1)).hasMessage("procedures: must be positive");
    assertThatThrownBy(() -> SyntheticCatalog.generate(1, 1, 0)).hasMessage("units: must be from 1 to 9999");
  }
}
