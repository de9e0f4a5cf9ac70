package vn.egov.sdk.core.catalog;

import vn.egov.sdk.core.LegalBasis;

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

  /** Issue 11.8: the legal bases of two sample procedures named the wrong law. */
  @Test
  void legalBasesNameTheLawsBehindTheProcedures() {
    LegalBasis labour = catalog.find("1.010820").orElseThrow().legalBasis().get(0);
    assertThat(labour.number()).isEqualTo("45/2019/QH14");
    assertThat(labour.summary()).startsWith("Bộ luật Lao động").contains("Điều 118", "Điều 119");
    assertThat(labour.issuedOn()).isEqualTo(java.time.LocalDate.of(2019, 11, 20));
    assertThat(labour.issuer()).isEqualTo("Quốc hội");
    LegalBasis feedback = catalog.find("1.011609").orElseThrow().legalBasis().get(0);
    assertThat(feedback.number()).isEqualTo("20/2008/NĐ-CP");
    assertThat(feedback.summary()).contains("phản ánh, kiến nghị", "quy định hành chính");
    assertThat(feedback.issuedOn()).isEqualTo(java.time.LocalDate.of(2008, 2, 14));
    assertThat(feedback.issuer()).isEqualTo("Chính phủ");
    // was: the Employment Law (38/2013/QH13) and the Enterprise Law (59/2020/QH14)
    assertThat(catalog.find("1.010820").orElseThrow().legalBasis()).extracting(LegalBasis::number)
        .doesNotContain("38/2013/QH13");
    assertThat(catalog.find("1.011609").orElseThrow().legalBasis()).extracting(LegalBasis::number)
        .doesNotContain("59/2020/QH14");
  }

  /** docs/sdk-core.md: a procedure without forms sets formsDownloadable (nothing to download). */
  @Test
  void proceduresWithoutFormsFollowTheDocumentedConvention() {
    for (Procedure p : catalog.procedures()) {
      boolean hasForms = p.dossier().stream().flatMap(g -> g.documents().stream())
          .anyMatch(d -> d.form().isPresent());
      if (!hasForms) {
        assertThat(p.capabilities().formsDownloadable()).as(p.code()).isTrue();
      }
    }
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
