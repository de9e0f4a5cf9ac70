package vn.egov.sdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.AdminLevel;
import vn.egov.sdk.core.Agency;
import vn.egov.sdk.core.Channel;
import vn.egov.sdk.core.ChannelType;
import vn.egov.sdk.core.DossierDocument;
import vn.egov.sdk.core.DossierGroup;
import vn.egov.sdk.core.OnlineLevel;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.ProcessingTime;
import vn.egov.sdk.core.ServiceCapabilities;
import vn.egov.sdk.core.internal.SearchIndex;

/**
 * The ranking of catalog search on procedures whose names are chosen for it: a name that starts with
 * the phrase, then one that contains it, then one with every word, then a match that needs the other
 * texts; ties in catalog order; words match at word starts only; pages cut from the ranked list.
 */
class SearchRankingTest {
  private static final Agency SO = new Agency("000.00.15.H56", "Sở Tư pháp", AdminLevel.PROVINCE);
  private static final Agency XA = new Agency("000.01.01.H56", "UBND xã Hòa Lạc", AdminLevel.COMMUNE);

  private static Procedure procedure(int i, String name, Agency agency, String subject) {
    return Procedure.builder().code(String.format("1.%06d", i)).decisionNumber("1/QĐ").name(name)
        .field(i % 2 == 0 ? "Hộ tịch" : "Chứng thực").adminLevel(agency.level()).competentAgency(agency)
        .step("Nộp").channel(Channel.of(ChannelType.IN_PERSON, ProcessingTime.workingDays(1)))
        .dossierGroup(new DossierGroup("", List.of(DossierDocument.original("Đơn")))).subject(subject)
        .capabilities(ServiceCapabilities.informationOnly()).build();
  }

  /** Built for each test (not once per JVM), so that the index is built by the code under test each time. */
  private final Catalog CATALOG = Catalog.of(List.of(
      procedure(1, "Cấp bản sao trích lục khai sinh", SO, "Công dân"),          // every word, not the phrase
      procedure(2, "Đăng ký khai sinh", SO, "Công dân"),                        // starts with the phrase
      procedure(3, "Đăng ký lại khai sinh", XA, "Công dân"),                    // every word
      procedure(4, "Thay đổi hộ tịch", XA, "Người đăng ký khai sinh"),          // needs the subject
      procedure(5, "Cấp lại đăng ký khai sinh", XA, "Công dân"),                // contains the phrase
      procedure(6, "Đăng ký khai sinh có yếu tố nước ngoài", SO, "Công dân"),   // starts with the phrase
      procedure(7, "Chứng thực chữ ký", SO, "Công dân")));

  private List<Integer> found(SearchQuery q) {
    List<Integer> out = new ArrayList<>();
    CATALOG.search(q).items().forEach(p -> out.add(Integer.parseInt(p.code().substring(2))));
    return out;
  }

  @Test
  void namesStartingWithThePhraseComeFirstThenContainingThenEveryWordThenOtherTexts() {
    assertThat(found(SearchQuery.builder().text("đăng ký khai sinh").build())).containsExactly(2, 6, 5, 3, 4);
    assertThat(found(SearchQuery.builder().text("khai sinh").build())).containsExactly(1, 2, 3, 5, 6, 4);
  }

  @Test
  void aWordMatchesOnlyAtTheStartOfAWord() {
    // "ky" starts "ký" in the names (and in a subject); "inh" starts no word
    assertThat(found(SearchQuery.builder().text("ky").build())).containsExactly(2, 3, 5, 6, 7, 4);
    assertThat(found(SearchQuery.builder().text("inh").build())).isEmpty();
    assertThat(found(SearchQuery.builder().text("hoa lac").build())).containsExactly(3, 4, 5);
  }

  @Test
  void rankValuesFollowTheirDocumentedOrder() {
    String name = " dang ky khai sinh";
    String other = " cong dan ho tich";
    assertThat(SearchIndex.rank(" ", new String[0], name, other)).isZero();
    assertThat(SearchIndex.rank(" dang ky", new String[] {"dang", "ky"}, name, other)).isZero();
    assertThat(SearchIndex.rank(" khai sinh", new String[] {"khai", "sinh"}, name, other)).isEqualTo(1);
    assertThat(SearchIndex.rank(" sinh dang", new String[] {"sinh", "dang"}, name, other)).isEqualTo(2);
    assertThat(SearchIndex.rank(" sinh tich", new String[] {"sinh", "tich"}, name, other)).isEqualTo(3);
    assertThat(SearchIndex.rank(" sinh xa", new String[] {"sinh", "xa"}, name, other)).isEqualTo(-1);
    assertThat(SearchIndex.rank(" inh", new String[] {"inh"}, name, other)).isEqualTo(-1);
    assertThat(SearchIndex.rank(" an", new String[] {"an"}, " an an", " x")).isZero();
    assertThat(SearchIndex.rank(" an", new String[] {"an"}, " ban an", " x")).isEqualTo(1);
  }

  @Test
  void filtersCombineWithTheText() {
    assertThat(found(SearchQuery.builder().text("khai sinh").adminLevel(AdminLevel.COMMUNE).build()))
        .containsExactly(3, 5, 4);
    assertThat(found(SearchQuery.builder().agencyCode(XA.code()).build())).containsExactly(3, 4, 5);
    assertThat(found(SearchQuery.builder().field("ho tich").build())).containsExactly(2, 4, 6);
    assertThat(found(SearchQuery.builder().onlineLevel(OnlineLevel.INFORMATION_ONLY).legacyLevel(1).build()))
        .hasSize(7);
    assertThat(found(SearchQuery.builder().onlineLevel(OnlineLevel.PARTIAL).build())).isEmpty();
    assertThat(found(SearchQuery.builder().legacyLevel(2).build())).isEmpty();
  }

  @Test
  void pagesAreCutFromTheRankedList() {
    Page<Procedure> second = CATALOG.search(SearchQuery.builder().text("khai sinh").page(2).size(2).build());
    assertThat(second.items()).extracting(p -> p.code()).containsExactly("1.000003", "1.000005");
    assertThat(second.total()).isEqualTo(6);
    assertThat(second.page()).isEqualTo(2);
    assertThat(second.size()).isEqualTo(2);
    Page<Procedure> last = CATALOG.search(SearchQuery.builder().text("khai sinh").page(3).size(2).build());
    assertThat(last.items()).extracting(p -> p.code()).containsExactly("1.000006", "1.000004");
    Page<Procedure> partial = CATALOG.search(SearchQuery.builder().text("khai sinh").page(2).size(4).build());
    assertThat(partial.items()).extracting(p -> p.code()).containsExactly("1.000006", "1.000004");
    Page<Procedure> beyond = CATALOG.search(SearchQuery.builder().text("khai sinh").page(4).size(2).build());
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(6);
    assertThat(CATALOG.search(SearchQuery.builder().page(1_000_000).size(SearchQuery.MAX_SIZE).build()).items())
        .isEmpty();
  }

  @Test
  void theOtherTextsHoldCodeFieldAgenciesSubjectsAndResults() {
    Procedure p = Procedure.builder().code("1.000099").localCode("1.000099.000.00.15.H56").decisionNumber("1/QĐ")
        .name("Tên").description("Mô tả").type("Loại").field("Lĩnh vực").adminLevel(AdminLevel.PROVINCE)
        .competentAgency(SO).coordinatingAgency(XA).step("Nộp")
        .channel(Channel.of(ChannelType.IN_PERSON, ProcessingTime.workingDays(1)))
        .dossierGroup(new DossierGroup("", List.of(DossierDocument.original("Đơn")))).subject("Công dân")
        .result("Giấy phép").capabilities(ServiceCapabilities.informationOnly()).build();
    assertThat(SearchIndex.otherText(p)).isEqualTo(
        "1 000099 1 000099 000 00 15 h56 linh vuc mo ta loai so tu phap ubnd xa hoa lac cong dan giay phep");
  }
}
