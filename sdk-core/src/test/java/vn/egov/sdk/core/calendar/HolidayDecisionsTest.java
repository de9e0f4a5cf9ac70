package vn.egov.sdk.core.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Problem;

/** The decisions as values and in their JSON format. */
class HolidayDecisionsTest {
  private static final HolidayDecision.Source SOURCE =
      new HolidayDecision.Source("Thông báo 9441/TB-BNV", "Bộ Nội vụ", of(2025, 10, 16), URI.create("https://example.vn/9441"));

  @Test
  void theShippedFileReadsAndHoldsThe2026Notice() {
    HolidayDecisions shipped = HolidayDecisions.vietnam();
    assertThat(shipped).isSameAs(HolidayDecisions.vietnam());
    HolidayDecision y2026 = shipped.get(2026).orElseThrow();
    assertThat(y2026.tet()).containsExactly(of(2026, 2, 16), of(2026, 2, 17), of(2026, 2, 18), of(2026, 2, 19),
        of(2026, 2, 20));
    assertThat(y2026.nationalDay()).containsExactly(of(2026, 9, 1), of(2026, 9, 2));
    assertThat(y2026.swaps()).containsExactly(new HolidayDecision.Swap(of(2026, 1, 2), of(2026, 1, 10)),
        new HolidayDecision.Swap(of(2026, 8, 31), of(2026, 8, 22)));
    assertThat(y2026.sources()).extracting(HolidayDecision.Source::document)
        .containsExactly("Thông báo 9441/TB-BNV", "Công văn 12729/VPCP-KGVX");
    assertThat(y2026.sources().get(0).issued()).isEqualTo(of(2025, 10, 16));
    assertThat(y2026.sources().get(0).issuer()).isEqualTo("Bộ Nội vụ");
    assertThat(shipped.get(2016)).isEmpty();
    assertThat(shipped.isEmpty()).isFalse();
    assertThat(HolidayDecisions.none().isEmpty()).isTrue();
    assertThatThrownBy(() -> shipped.years().add(2030)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aFileInTheSameFormatReadsWithRangesAndSingleDays() {
    HolidayDecisions read = HolidayDecisions.read(json("""
        {"format": "vn.egov.sdk/holiday-decisions/1",
         "decisions": [
           {"year": 2023, "tet": ["2023-01-20/2023-01-26"], "nationalDay": ["2023-09-01/2023-09-02", "2023-09-04"],
            "sources": [{"document": "Công văn 8056/VPCP-KGVX", "issuer": "Văn phòng Chính phủ",
                         "issued": "2022-12-01", "reference": "https://example.vn/8056", "note": "for people"}],
            "note": "ignored"}]}
        """));
    HolidayDecision d = read.get(2023).orElseThrow();
    assertThat(d.tet()).hasSize(7).first().isEqualTo(of(2023, 1, 20));
    assertThat(d.nationalDay()).containsExactly(of(2023, 9, 1), of(2023, 9, 2), of(2023, 9, 4));
    assertThat(d.swaps()).isEmpty();
    assertThat(d.sources().get(0).reference()).isEqualTo(URI.create("https://example.vn/8056"));
    assertThat(read).isEqualTo(HolidayDecisions.of(d));
    assertThat(read.hashCode()).isEqualTo(HolidayDecisions.of(d).hashCode());
    assertThat(read).hasToString("HolidayDecisions[2023]");
  }

  @Test
  void aBadFileListsEveryProblemWithItsPath() {
    HolidayDecisionsFormatException e = org.junit.jupiter.api.Assertions.assertThrows(HolidayDecisionsFormatException.class,
        () -> HolidayDecisions.read(json("""
            {"format": "something else", "extra": 1,
             "decisions": [
               {"year": 2025, "tet": ["2025-01-27/2025-01-20", "2025-13-01", 5], "sources": []},
               {"year": "2026", "sources": [{"document": "x", "issuer": "y"}]},
               {"year": 2027, "swaps": [{"dayOff": "2027-04-30"}, {"dayOff": "2027-05-03", "worked": "2027-05-03"}],
                "sources": [{"document": " ", "issuer": "y", "reference": "example.vn/x"}]},
               {"year": 1850, "sources": [{"document": "x", "issuer": "y"}]},
               {"year": 2028, "tet": ["2028-03-01"], "sources": [{"document": "x", "issuer": "y", "issued": "soon"}]},
               7
             ]}
            """)));
    assertThat(e.problems()).containsExactly(
        new Problem("/extra", "UNKNOWN_FIELD", "is not a field of this format (known: decisions, format, note)"),
        new Problem("/format", "UNSUPPORTED_FORMAT", "must be \"vn.egov.sdk/holiday-decisions/1\""),
        new Problem("/decisions/0/tet/0", "INVALID_RANGE", "range 2025-01-27/2025-01-20 must run forwards over at most 31 days"),
        new Problem("/decisions/0/tet/1", "INVALID_DATE", "\"2025-13-01\" is not a day (YYYY-MM-DD)"),
        new Problem("/decisions/0/tet/2", "TYPE_MISMATCH", "must be a day (YYYY-MM-DD) or a range (YYYY-MM-DD/YYYY-MM-DD)"),
        new Problem("/decisions/0/sources", "REQUIRED", "must be an array of at least one source"),
        new Problem("/decisions/1/year", "TYPE_MISMATCH", "must be a whole number"),
        new Problem("/decisions/2/swaps/0/worked", "REQUIRED", "is required (YYYY-MM-DD)"),
        new Problem("/decisions/2/swaps/1", "INVALID_SWAP", "a swap needs two different days, was 2027-05-03 twice"),
        new Problem("/decisions/2/sources/0/document", "TYPE_MISMATCH", "must be a non-blank string"),
        new Problem("/decisions/2/sources/0/reference", "INVALID_URL", "must be an absolute URL"),
        new Problem("/decisions/3/year", "YEAR_OUT_OF_RANGE", "year must be within 1900–2100, was 1850"),
        new Problem("/decisions/4/sources/0/issued", "INVALID_DATE", "\"soon\" is not a day (YYYY-MM-DD)"),
        new Problem("/decisions/5", "NOT_AN_OBJECT", "must be an object"));
    assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("holiday decisions: 14 problems: ");
  }

  @Test
  void aDecisionThatFailsItsChecksIsReportedAtItsPath() {
    assertThatThrownBy(() -> HolidayDecisions.read(json("""
        {"format": "vn.egov.sdk/holiday-decisions/1", "decisions": [
          {"year": 2028, "tet": ["2028-03-01"], "sources": [{"document": "x", "issuer": "y"}]},
          {"year": 2029, "sources": [{"document": "x", "issuer": "y"}]},
          {"year": 2029, "sources": [{"document": "x", "issuer": "y"}]}]}
        """))).isInstanceOf(HolidayDecisionsFormatException.class)
        .satisfies(t -> assertThat(((HolidayDecisionsFormatException) t).problems()).containsExactly(
            new Problem("/decisions/0", "INVALID_DECISION", "Tết day 2028-03-01 is not in January–February 2028"),
            new Problem("/decisions", "DUPLICATE", "two decisions for 2029")));
    assertThatThrownBy(() -> HolidayDecisions.read(json("{\"format\": ")))
        .isInstanceOf(HolidayDecisionsFormatException.class).hasMessageContaining("not valid JSON (line 1");
    assertThatThrownBy(() -> HolidayDecisions.read(json("[]")))
        .isInstanceOf(HolidayDecisionsFormatException.class).hasMessageContaining("/: must be a JSON object");
    assertThatThrownBy(() -> HolidayDecisions.read(json("{\"format\": \"vn.egov.sdk/holiday-decisions/1\", \"decisions\": {}}")))
        .isInstanceOf(HolidayDecisionsFormatException.class).hasMessageContaining("/decisions: must be an array");
    assertThatThrownBy(() -> HolidayDecisions.read(json("{\"format\": \"a\", \"format\": \"b\", \"decisions\": []}")))
        .isInstanceOf(HolidayDecisionsFormatException.class).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> HolidayDecisions.read(new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    })).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> new HolidayDecisionsFormatException(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDecisionChecksItsDays() {
    HolidayDecision ok = HolidayDecision.builder(2025).tet(of(2025, 1, 27), of(2025, 1, 31))
        .nationalDay(of(2025, 9, 1), of(2025, 9, 2)).swap(of(2025, 5, 2), of(2025, 4, 26)).source(SOURCE).build();
    assertThat(ok.decidesTet()).isTrue();
    assertThat(ok.decidesNationalDay()).isTrue();
    HolidayDecision swapsOnly = HolidayDecision.builder(2013).swap(of(2012, 12, 31), of(2013, 1, 5)).source(SOURCE).build();
    assertThat(swapsOnly.decidesTet()).isFalse();
    assertThat(swapsOnly.decidesNationalDay()).isFalse();
    assertThatThrownBy(() -> HolidayDecision.builder(2025).tet(of(2025, 1, 27), of(2025, 1, 31)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one source");
    assertThatThrownBy(() -> HolidayDecision.builder(2025).tetDay(of(2025, 3, 1)).source(SOURCE).build())
        .hasMessageContaining("is not in January–February 2025");
    assertThatThrownBy(() -> HolidayDecision.builder(2025).tetDay(of(2024, 2, 1)).source(SOURCE).build())
        .hasMessageContaining("is not in January–February 2025");
    assertThatThrownBy(() -> HolidayDecision.builder(2025).nationalDayDay(of(2025, 10, 1)).source(SOURCE).build())
        .hasMessageContaining("is not in August–September 2025");
    assertThatThrownBy(() -> HolidayDecision.builder(2025).tetDay(of(2025, 1, 27)).tetDay(of(2025, 1, 27)).source(SOURCE).build())
        .hasMessageContaining("listed twice");
    assertThatThrownBy(() -> HolidayDecision.builder(2025).tetDay(of(2025, 1, 27)).swap(of(2025, 1, 27), of(2025, 1, 25))
        .source(SOURCE).build()).hasMessageContaining("2025-01-27 is listed twice");
    assertThatThrownBy(() -> HolidayDecision.builder(2025).swap(of(2023, 12, 29), of(2024, 1, 6)).source(SOURCE).build())
        .hasMessageContaining("neither in 2025 nor in December 2024");
    assertThatThrownBy(() -> HolidayDecision.builder(2025).swap(of(2024, 11, 29), of(2025, 1, 4)).source(SOURCE).build())
        .hasMessageContaining("2024-11-29 is neither in 2025");
    assertThatThrownBy(() -> HolidayDecision.builder(2025).tet(of(2025, 1, 31), of(2025, 1, 27)))
        .hasMessageContaining("ends before it begins");
    assertThatThrownBy(() -> HolidayDecision.builder(2025).tet(of(2025, 1, 1), of(2025, 2, 27)))
        .hasMessageContaining("longer than a month");
    assertThatThrownBy(() -> HolidayDecision.builder(2101)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> new HolidayDecision.Source(" ", "Bộ Nội vụ", null, null)).hasMessageContaining("document");
    assertThatThrownBy(() -> new HolidayDecision.Source("x", "", null, null)).hasMessageContaining("issuer");
    assertThat(new HolidayDecision.Source(" Thông báo  ", "Bộ Nội vụ", null, null).document()).isEqualTo("Thông báo");
    assertThatThrownBy(() -> new HolidayDecision.Swap(of(2025, 5, 2), null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aSetHoldsOneDecisionPerYear() {
    HolidayDecision a = HolidayDecision.builder(2030).tet(of(2030, 2, 1), of(2030, 2, 5)).source(SOURCE).build();
    HolidayDecision b = HolidayDecision.builder(2030).tet(of(2030, 2, 1), of(2030, 2, 7)).source(SOURCE).build();
    HolidayDecision c = HolidayDecision.builder(2031).tet(of(2031, 1, 21), of(2031, 1, 25)).source(SOURCE).build();
    assertThatThrownBy(() -> HolidayDecisions.of(a, b)).hasMessageContaining("two decisions for 2030");
    HolidayDecisions set = HolidayDecisions.of(a, c);
    assertThat(set.years()).containsExactly(2030, 2031);
    assertThat(set.with(b).get(2030)).contains(b);
    assertThat(set.get(2030)).contains(a);
    assertThat(set.without(2030).years()).containsExactly(2031);
    assertThat(set.all()).containsExactly(a, c);
    assertThat(HolidayDecisions.vietnam().with(set).years()).contains(2013, 2026, 2030, 2031);
    assertThat(HolidayDecisions.none().with(a).years()).containsExactly(2030);
  }

  private static InputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
