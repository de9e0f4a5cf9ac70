package vn.egov.sdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.AdminLevel;
import vn.egov.sdk.core.Agency;
import vn.egov.sdk.core.Channel;
import vn.egov.sdk.core.ChannelType;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.ProcessingTime;
import vn.egov.sdk.core.ResultDelivery;
import vn.egov.sdk.core.ServiceCapabilities;
import vn.egov.sdk.core.internal.Rules;

/**
 * What every synthetic procedure looks like, so benchmarks and tests get realistic data. Each test
 * generates its own catalog (an instance field, not a static one): a catalog generated once per JVM
 * would hide a change to the generator from every later test.
 */
class SyntheticCatalogShapeTest {
  private final Catalog CATALOG = SyntheticCatalog.generate(42, 600, 150);

  @Test
  void codesAreUniqueNationalCodesAlternatingBetweenTheTwoGroups() {
    List<Procedure> ps = CATALOG.procedures();
    assertThat(ps).extracting(Procedure::code).doesNotHaveDuplicates()
        .allSatisfy(code -> assertThat(Rules.nationalCode(code)).isNull());
    assertThat(ps.get(0).code()).isEqualTo("1.000000");
    assertThat(ps.get(1).code()).isEqualTo("2.000001");
    assertThat(ps.get(599).code()).isEqualTo("2.000599");
    assertThat(ps).allSatisfy(p -> assertThat(p.decisionNumber()).matches("[1-9]\\d{2}/QĐ-UBND"));
  }

  @Test
  void agenciesAreSpreadInTurnAndHaveUnitCodesOfOneProvince() {
    List<Procedure> ps = CATALOG.procedures();
    List<Agency> agencies = ps.stream().map(Procedure::competentAgency).distinct().toList();
    assertThat(agencies).hasSize(150);
    for (int i = 0; i < ps.size(); i++) {
      assertThat(ps.get(i).competentAgency()).isEqualTo(agencies.get(i % 150));
    }
    // unit u is 000.<u / 100>.<u % 100>.H<10 + (seed & 63) % 90>; seed 42 gives H52
    assertThat(agencies.get(0).code()).isEqualTo("000.00.00.H52");
    assertThat(agencies.get(7).code()).isEqualTo("000.00.07.H52");
    assertThat(agencies.get(149).code()).isEqualTo("000.01.49.H52");
    assertThat(agencies).allSatisfy(a -> {
      assertThat(Rules.isUnitCode(a.code())).isTrue();
      assertThat(a.level()).isEqualTo(a.name().startsWith("Ủy ban") ? AdminLevel.COMMUNE : AdminLevel.PROVINCE);
    });
    assertThat(agencies.get(0).name()).endsWith(" số 1");
    assertThat(agencies.get(149).name()).endsWith(" số 150");
    assertThat(agencies).extracting(Agency::level).contains(AdminLevel.COMMUNE, AdminLevel.PROVINCE);
    assertThat(ps).allSatisfy(p -> assertThat(p.adminLevel()).isEqualTo(p.competentAgency().level()));
    assertThat(SyntheticCatalog.generate(63, 1, 1).procedures().get(0).competentAgency().code())
        .isEqualTo("000.00.00.H73");
    assertThat(SyntheticCatalog.generate(64, 1, 1).procedures().get(0).competentAgency().code())
        .isEqualTo("000.00.00.H10");
  }

  @Test
  void proceduresHaveTheirStepsDocumentsDescriptionsAndResults() {
    List<Procedure> ps = CATALOG.procedures();
    assertThat(ps.get(0).description()).isEqualTo("Thủ tục tổng hợp số 1 dùng cho kiểm thử");
    assertThat(ps.get(599).description()).isEqualTo("Thủ tục tổng hợp số 600 dùng cho kiểm thử");
    assertThat(ps).allSatisfy(p -> {
      assertThat(p.steps()).containsExactly("Nộp hồ sơ", "Tiếp nhận và giải quyết", "Trả kết quả");
      assertThat(p.name()).isNotBlank().contains(" ");
      assertThat(p.subjects()).singleElement().isIn("Công dân Việt Nam", "Doanh nghiệp");
      assertThat(p.results()).hasSize(1);
      assertThat(p.dossier()).singleElement().satisfies(g -> assertThat(g.documents()).singleElement()
          .satisfies(d -> {
            assertThat(d.name()).isEqualTo("Đơn đề nghị");
            assertThat(d.form().orElseThrow()).matches("Mẫu số ([1-9]|1\\d|20)");
            assertThat(d.originals()).isEqualTo(1);
            assertThat(d.copies()).isZero();
            assertThat(d.electronic()).isEqualTo(1);
          }));
    });
    assertThat(ps).extracting(p -> p.subjects().get(0)).contains("Công dân Việt Nam", "Doanh nghiệp");
  }

  @Test
  void channelsFollowTheCapabilities() {
    Set<Integer> days = CATALOG.procedures().stream()
        .map(p -> p.channel(ChannelType.IN_PERSON).orElseThrow().processingTime().amount())
        .collect(Collectors.toSet());
    assertThat(days).allSatisfy(d -> assertThat(d).isBetween(1, 30)).contains(1, 30);
    assertThat(CATALOG.procedures()).allSatisfy(p -> {
      Channel inPerson = p.channel(ChannelType.IN_PERSON).orElseThrow();
      assertThat(inPerson.processingTime().unit()).isEqualTo(ProcessingTime.Unit.WORKING_DAYS);
      BigDecimal fee = inPerson.fees().get(0).amount();
      assertThat(fee.remainder(BigDecimal.valueOf(1000)).signum()).isZero();
      assertThat(fee).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(499_000));
      ServiceCapabilities caps = p.capabilities();
      assertThat(p.channel(ChannelType.ONLINE).isPresent()).isEqualTo(caps.onlineSubmission());
      p.channel(ChannelType.ONLINE).ifPresent(online -> {
        assertThat(online.processingTime()).isEqualTo(inPerson.processingTime());
        assertThat(online.fees()).singleElement().satisfies(f -> assertThat(f.isFree()).isTrue());
      });
      assertThat(p.channels()).hasSize(caps.onlineSubmission() ? 2 : 1);
    });
  }

  @Test
  void capabilitiesAreCumulativeAndOnlyLevelFourReturnsResultsRemotely() {
    assertThat(CATALOG.procedures()).allSatisfy(p -> {
      ServiceCapabilities c = p.capabilities();
      int level = p.assessment().legacyLevel();
      assertThat(c.informationPublished()).isTrue();
      assertThat(c.formsDownloadable()).isEqualTo(level >= 2);
      assertThat(c.onlineSubmission()).isEqualTo(level >= 3);
      assertThat(c.onlineProcessing()).isEqualTo(level >= 3);
      assertThat(c.onlinePayment()).isEqualTo(level >= 4);
      assertThat(c.resultDelivery()).contains(ResultDelivery.IN_PERSON);
      boolean remote = c.resultOnlineOrByPost();
      assertThat(c.presenceRequired()).isEqualTo(!remote);
      if (remote) {
        assertThat(level).isEqualTo(4);
        assertThat(c.resultDelivery()).hasSize(2);
      } else {
        assertThat(c.resultDelivery()).containsExactly(ResultDelivery.IN_PERSON);
      }
    });
    assertThat(CATALOG.procedures()).extracting(p -> p.capabilities().resultDelivery())
        .anySatisfy(d -> assertThat(d).contains(ResultDelivery.ONLINE))
        .anySatisfy(d -> assertThat(d).contains(ResultDelivery.PUBLIC_POST));
  }

  @Test
  void theSmallestAndLargestSizesAreAccepted() {
    assertThat(SyntheticCatalog.generate(1, 1, 1).size()).isEqualTo(1);
    Catalog wide = SyntheticCatalog.generate(1, 3, 9_999);
    assertThat(wide.size()).isEqualTo(3);
  }

  @Test
  void sizesOutsideTheRangeAreRefusedWithTheirName() {
    assertThatThrownBy(() -> SyntheticCatalog.generate(1, -5, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("procedures: must be positive");
    assertThatThrownBy(() -> SyntheticCatalog.generate(1, 1, 10_000))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("units: must be from 1 to 9999");
    assertThatThrownBy(() -> SyntheticCatalog.generate(1, 1_000_000, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("procedures: must be at most 999999");
  }
}
