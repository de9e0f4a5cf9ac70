package vn.egov.sdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.AdminLevel;
import vn.egov.sdk.core.Channel;
import vn.egov.sdk.core.ChannelType;
import vn.egov.sdk.core.OnlineLevel;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.ProcessingTime;

class SampleDataTest {
  private final Catalog catalog = SampleData.catalog();

  @Test
  void shipsAtLeastThirtyProcedures() {
    assertThat(catalog.size()).isGreaterThanOrEqualTo(30);
    assertThat(catalog.agencies()).isNotEmpty();
  }

  @Test
  void theThreeProceduresOtherModulesLinkTo() {
    for (String code : new String[] {"1.001193", "2.000488", "2.000720"}) {
      Procedure p = catalog.find(code).orElseThrow();
      Channel online = p.channel(ChannelType.ONLINE).orElseThrow();
      assertThat(online.processingTime().unit()).isEqualTo(ProcessingTime.Unit.WORKING_DAYS);
      assertThat(p.competentAgency().code()).matches("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
    }
    assertThat(catalog.find("1.001193").orElseThrow().name()).isEqualTo("Đăng ký khai sinh");
    assertThat(catalog.find("1.001193").orElseThrow().adminLevel()).isEqualTo(AdminLevel.COMMUNE);
    assertThat(catalog.find("2.000488").orElseThrow().adminLevel()).isEqualTo(AdminLevel.PROVINCE);
  }

  @Test
  void levelsAreSpread() {
    Map<Integer, Long> legacy = catalog.procedures().stream()
        .collect(Collectors.groupingBy(p -> p.assessment().legacyLevel(), Collectors.counting()));
    assertThat(legacy.keySet()).containsExactlyInAnyOrder(1, 2, 3, 4);
    Map<OnlineLevel, Long> online = catalog.procedures().stream()
        .collect(Collectors.groupingBy(p -> p.assessment().onlineLevel(), Collectors.counting()));
    assertThat(online.keySet()).containsExactlyInAnyOrder(OnlineLevel.values());
  }

  @Test
  void textIsNfc() {
    catalog.procedures().forEach(p -> assertThat(p.name())
        .isEqualTo(java.text.Normalizer.normalize(p.name(), java.text.Normalizer.Form.NFC)));
  }

  @Test
  void findsByLocalCodeToo() {
    Procedure p = catalog.find("1.001193").orElseThrow();
    assertThat(catalog.find(p.localCode().orElseThrow())).contains(p);
    assertThat(catalog.find("9.999999")).isEmpty();
    assertThat(catalog.find(null)).isEmpty();
    Function<String, Boolean> has = c -> catalog.find(c).isPresent();
    assertThat(has.apply(" 1.001193 ")).isTrue();
  }
}
