package vn.egov.sdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.AdminLevel;
import vn.egov.sdk.core.OnlineLevel;
import vn.egov.sdk.core.Procedure;

class CatalogSearchTest {
  private final Catalog catalog = SampleData.catalog();

  private List<String> codes(SearchQuery q) {
    return catalog.search(q).items().stream().map(Procedure::code).toList();
  }

  private static SearchQuery.Builder q(String text) {
    return SearchQuery.builder().text(text).size(100);
  }

  @Test
  void normalisesCaseDiacriticsAndD() {
    assertThat(SearchText.normalize("Đăng ký  KHAI-sinh!")).isEqualTo("dang ky khai sinh");
    assertThat(SearchText.normalize("đường ĐỜI")).isEqualTo("duong doi");
    // decomposed input (NFD) normalises the same as NFC
    assertThat(SearchText.normalize("Đa\u0306ng ky\u0301")).isEqualTo("dang ky");
    assertThat(SearchText.normalize(null)).isEmpty();
    assertThat(SearchText.normalize(" … ")).isEmpty();
  }

  @Test
  void findsWithoutDiacritics() {
    assertThat(codes(q("dang ky khai sinh").build())).first().isEqualTo("1.001193");
    assertThat(codes(q("ĐĂNG KÝ KHAI SINH").build())).first().isEqualTo("1.001193");
    assertThat(codes(q("ly lich tu phap").build())).first().isEqualTo("2.000488");
    assertThat(codes(q("ho kinh doanh").build())).contains("2.000720");
  }

  @Test
  void ranksNameMatchesBeforeOtherFields() {
    // "hộ kinh doanh" is in names of the household business procedures, and in the subjects of others
    List<String> found = codes(q("hộ kinh doanh").build());
    int lastNameMatch = -1;
    int firstOther = Integer.MAX_VALUE;
    for (int i = 0; i < found.size(); i++) {
      boolean inName = SearchText.normalize(catalog.find(found.get(i)).orElseThrow().name()).contains("ho kinh doanh");
      if (inName) {
        lastNameMatch = i;
      } else {
        firstOther = Math.min(firstOther, i);
      }
    }
    assertThat(firstOther).isGreaterThan(lastNameMatch);
    assertThat(found).contains("2.000636"); // retail alcohol licence: subject "Hộ kinh doanh"
    // a name that starts with the phrase ranks before one that only contains it
    List<String> dk = codes(q("đăng ký thành lập").build());
    assertThat(dk.get(0)).isEqualTo("2.000720");
  }

  @Test
  void wordsMatchWordStartsNotMiddles() {
    assertThat(codes(q("ong").build())).isEmpty(); // "ong" is inside "công", "không" but starts no word
    assertThat(codes(q("001193").build())).containsExactly("1.001193");
  }

  @Test
  void filters() {
    assertThat(catalog.search(SearchQuery.builder().field("ho tich").size(100).build()).items())
        .isNotEmpty().allSatisfy(p -> assertThat(p.field()).isEqualTo("Hộ tịch"));
    assertThat(catalog.search(SearchQuery.builder().adminLevel(AdminLevel.PROVINCE).size(100).build()).items())
        .isNotEmpty().allSatisfy(p -> assertThat(p.adminLevel()).isEqualTo(AdminLevel.PROVINCE));
    assertThat(catalog.search(SearchQuery.builder().agencyCode("000.00.15.H56").size(100).build()).items())
        .extracting(Procedure::code).containsExactly("2.000488");
    assertThat(catalog.search(SearchQuery.builder().legacyLevel(2).size(100).build()).items())
        .isNotEmpty().allSatisfy(p -> assertThat(p.assessment().legacyLevel()).isEqualTo(2));
    assertThat(catalog.search(SearchQuery.builder().onlineLevel(OnlineLevel.FULL_PROCESS).size(100).build()).items())
        .isNotEmpty().allSatisfy(p -> assertThat(p.assessment().onlineLevel()).isEqualTo(OnlineLevel.FULL_PROCESS));
    assertThat(codes(q("khai sinh").onlineLevel(OnlineLevel.PARTIAL).build())).doesNotContain("1.001193");
  }

  @Test
  void pages() {
    Page<Procedure> first = catalog.search(SearchQuery.builder().size(10).build());
    assertThat(first.total()).isEqualTo(catalog.size());
    assertThat(first.items()).hasSize(10);
    Page<Procedure> last = catalog.search(SearchQuery.builder().page(4).size(10).build());
    assertThat(last.items()).hasSize(catalog.size() - 30);
    Page<Procedure> beyond = catalog.search(SearchQuery.builder().page(Integer.MAX_VALUE).size(SearchQuery.MAX_SIZE).build());
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(catalog.size());
    assertThat(first.items()).doesNotContainAnyElementsOf(
        catalog.search(SearchQuery.builder().page(2).size(10).build()).items());
  }

  @Test
  void badQueriesAreRefused() {
    assertThatThrownBy(() -> SearchQuery.builder().page(0).build()).hasMessage("page: must be positive");
    assertThatThrownBy(() -> SearchQuery.builder().size(0).build()).hasMessage("size: must be from 1 to 10000");
    assertThatThrownBy(() -> SearchQuery.builder().legacyLevel(7).build()).hasMessage("legacyLevel: must be a level from 1 to 4");
  }

  @Test
  void concurrentSearchesAgree() throws Exception {
    Catalog big = SyntheticCatalog.generate(3, 1441, 179);
    String[] texts = {"cap giay phep", "dang ky", "ho kinh doanh", "gia han the", ""};
    java.util.Map<String, Page<Procedure>> expected = new java.util.HashMap<>();
    for (String t : texts) {
      expected.put(t, big.search(SearchQuery.builder().text(t).build()));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Boolean>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String t = texts[i % texts.length];
        futures.add(pool.submit(() -> big.search(SearchQuery.builder().text(t).build()).equals(expected.get(t))));
      }
      for (java.util.concurrent.Future<Boolean> f : futures) {
        assertThat(f.get(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void longAndOddTextIsHarmless() {
    assertThat(catalog.search(q("x".repeat(10_000)).build()).total()).isZero();
    assertThat(catalog.search(q("%$#@!").build()).total()).isEqualTo(catalog.size());
  }
}
