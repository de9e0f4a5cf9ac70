package vn.egov.sdk.core.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The holiday-decisions format ({@code vn.egov.sdk/holiday-decisions/1}) member by member: what a
 * well-formed decision reads into, and the problem each malformed member gives, with its path.
 */
class HolidayDecisionsFormatTest {
  private static final String HEAD = "{\"format\": \"vn.egov.sdk/holiday-decisions/1\", \"decisions\": [";
  private static final String SOURCE = "\"sources\": [{\"document\": \"Công văn 1\", \"issuer\": \"VPCP\"}]";

  private static HolidayDecisions read(String decisions) {
    return HolidayDecisions.read(new ByteArrayInputStream((HEAD + decisions + "]}").getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> problems(String decisions) {
    HolidayDecisionsFormatException e = catchThrowableOfType(HolidayDecisionsFormatException.class,
        () -> read(decisions));
    assertThat(e).as("rejected").isNotNull();
    return e.problems().stream().map(p -> p.code() + " " + p).toList();
  }

  @Test
  void aDecisionReadsItsDaysSwapsAndSources() {
    HolidayDecisions set = read("""
        {"year": 2025, "note": "x", "tet": ["2025-01-27/2025-01-29", "2025-01-30"],
         "nationalDay": ["2025-09-01/2025-09-02"],
         "swaps": [{"dayOff": "2025-05-02", "worked": "2025-04-26", "note": "y"}],
         "sources": [{"document": "Công văn 8726/VPCP-KGVX", "issuer": "Văn phòng Chính phủ",
                      "issued": "2024-11-26", "reference": "https://example.vn/8726", "note": "z"}]}""");
    HolidayDecision d = set.get(2025).orElseThrow();
    assertThat(d.tet()).containsExactly(of(2025, 1, 27), of(2025, 1, 28), of(2025, 1, 29), of(2025, 1, 30));
    assertThat(d.nationalDay()).containsExactly(of(2025, 9, 1), of(2025, 9, 2));
    assertThat(d.swaps()).containsExactly(new HolidayDecision.Swap(of(2025, 5, 2), of(2025, 4, 26)));
    assertThat(d.sources()).containsExactly(new HolidayDecision.Source("Công văn 8726/VPCP-KGVX",
        "Văn phòng Chính phủ", of(2024, 11, 26), URI.create("https://example.vn/8726")));
  }

  @Test
  void aRangeMaySpanThirtyOneDaysButNotMore() {
    HolidayDecision d = read("{\"year\": 2025, \"tet\": [\"2025-01-01/2025-02-01\"], " + SOURCE + "}")
        .get(2025).orElseThrow();
    assertThat(d.tet()).hasSize(32).startsWith(of(2025, 1, 1)).endsWith(of(2025, 2, 1));
    assertThat(problems("{\"year\": 2025, \"tet\": [\"2025-01-01/2025-02-02\"], " + SOURCE + "}"))
        .containsExactly("INVALID_RANGE /decisions/0/tet/0: range 2025-01-01/2025-02-02 must run forwards over at most 31 days");
    // a range without its first day names the empty first day; each end is checked on its own
    assertThat(problems("{\"year\": 2025, \"tet\": [\"/2025-01-27\"], " + SOURCE + "}"))
        .containsExactly("INVALID_DATE /decisions/0/tet/0: \"\" is not a day (YYYY-MM-DD)");
    assertThat(problems("{\"year\": 2025, \"tet\": [\"/2025-13-01\"], " + SOURCE + "}"))
        .containsExactly("INVALID_DATE /decisions/0/tet/0: \"\" is not a day (YYYY-MM-DD)",
            "INVALID_DATE /decisions/0/tet/0: \"2025-13-01\" is not a day (YYYY-MM-DD)");
    assertThat(read("{\"year\": 2025, \"tet\": [\"2025-01-27/2025-01-27\"], " + SOURCE + "}").get(2025).orElseThrow().tet())
        .containsExactly(of(2025, 1, 27));
  }

  @Test
  void unknownMembersAreReportedWithTheKnownOnes() {
    assertThat(problems("{\"year\": 2025, \"tets\": [], " + SOURCE + "}")).containsExactly(
        "UNKNOWN_FIELD /decisions/0/tets: is not a field of this format (known: nationalDay, note, sources, swaps, tet, year)");
    assertThat(problems("{\"year\": 2025, \"swaps\": [{\"dayOff\": \"2025-05-02\", \"worked\": \"2025-04-26\", \"why\": 1}], "
        + SOURCE + "}")).containsExactly(
        "UNKNOWN_FIELD /decisions/0/swaps/0/why: is not a field of this format (known: dayOff, note, worked)");
    assertThat(problems("{\"year\": 2025, \"sources\": [{\"document\": \"x\", \"issuer\": \"y\", \"url\": \"z\"}]}"))
        .containsExactly("UNKNOWN_FIELD /decisions/0/sources/0/url: is not a field of this format"
            + " (known: document, issued, issuer, note, reference)");
  }

  @Test
  void membersOfTheWrongShapeAreReported() {
    assertThat(problems("{\"year\": 2025.5, " + SOURCE + "}"))
        .containsExactly("TYPE_MISMATCH /decisions/0/year: must be a whole number");
    assertThat(problems("{" + SOURCE + "}")).containsExactly("TYPE_MISMATCH /decisions/0/year: must be a whole number");
    assertThat(problems("{\"year\": 2025, \"tet\": \"2025-01-27\", " + SOURCE + "}")).containsExactly(
        "TYPE_MISMATCH /decisions/0/tet: must be an array of days (YYYY-MM-DD) and ranges (YYYY-MM-DD/YYYY-MM-DD)");
    assertThat(problems("{\"year\": 2025, \"nationalDay\": [\"2025-09-01/2025-09-31\"], " + SOURCE + "}"))
        .containsExactly("INVALID_DATE /decisions/0/nationalDay/0: \"2025-09-31\" is not a day (YYYY-MM-DD)");
    assertThat(problems("{\"year\": 2025, \"swaps\": {}, " + SOURCE + "}"))
        .containsExactly("TYPE_MISMATCH /decisions/0/swaps: must be an array");
    assertThat(problems("{\"year\": 2025, \"swaps\": [\"2025-05-02\"], " + SOURCE + "}"))
        .containsExactly("NOT_AN_OBJECT /decisions/0/swaps/0: must be an object");
    assertThat(problems("{\"year\": 2025, \"swaps\": [{\"dayOff\": 20250502, \"worked\": null}], " + SOURCE + "}"))
        .containsExactly("TYPE_MISMATCH /decisions/0/swaps/0/dayOff: must be a day (YYYY-MM-DD)",
            "REQUIRED /decisions/0/swaps/0/worked: is required (YYYY-MM-DD)");
    assertThat(problems("{\"year\": 2025, \"sources\": {}}"))
        .containsExactly("REQUIRED /decisions/0/sources: must be an array of at least one source");
    assertThat(problems("{\"year\": 2025}"))
        .containsExactly("REQUIRED /decisions/0/sources: must be an array of at least one source");
    assertThat(problems("{\"year\": 2025, \"sources\": [\"Công văn\"]}"))
        .containsExactly("NOT_AN_OBJECT /decisions/0/sources/0: must be an object");
    assertThat(problems("{\"year\": 2025, \"sources\": [{\"issuer\": 5, \"issued\": 2024}]}")).containsExactly(
        "REQUIRED /decisions/0/sources/0/document: is required",
        "TYPE_MISMATCH /decisions/0/sources/0/issuer: must be a non-blank string",
        "TYPE_MISMATCH /decisions/0/sources/0/issued: must be a day (YYYY-MM-DD)");
    assertThat(problems("{\"year\": 2025, \"sources\": [{\"document\": \"x\", \"issuer\": \"y\", \"reference\": \"a b\"}]}"))
        .singleElement().asString().startsWith("INVALID_URL /decisions/0/sources/0/reference: is not a URL: ");
  }

  @Test
  void theDocumentNeedsItsFormatAndADecisionList() {
    HolidayDecisionsFormatException e = catchThrowableOfType(HolidayDecisionsFormatException.class,
        () -> HolidayDecisions.read(new ByteArrayInputStream("{\"note\": \"n\"}".getBytes(StandardCharsets.UTF_8))));
    assertThat(e.problems()).extracting(p -> p.code() + " " + p).containsExactly(
        "UNSUPPORTED_FORMAT /format: must be \"vn.egov.sdk/holiday-decisions/1\"",
        "TYPE_MISMATCH /decisions: must be an array");
    HolidayDecisionsFormatException number = catchThrowableOfType(HolidayDecisionsFormatException.class,
        () -> HolidayDecisions.read(new ByteArrayInputStream(
            "{\"format\": 1, \"decisions\": []}".getBytes(StandardCharsets.UTF_8))));
    assertThat(number.problems()).extracting(p -> p.code()).containsExactly("UNSUPPORTED_FORMAT");
    HolidayDecisionsFormatException trailing = catchThrowableOfType(HolidayDecisionsFormatException.class,
        () -> HolidayDecisions.read(new ByteArrayInputStream(
            "{\"format\": \"vn.egov.sdk/holiday-decisions/1\", \"decisions\": []} []".getBytes(StandardCharsets.UTF_8))));
    assertThat(trailing.problems()).extracting(p -> p.code()).containsExactly("NOT_JSON");
    assertThat(read("").years()).isEmpty();
  }

  @Test
  void problemsInOneDecisionLeaveTheOthersChecked() {
    assertThat(problems("{\"year\": 2025, \"tet\": [1], " + SOURCE + "}, "
        + "{\"year\": 2026, \"tet\": [\"2026-02-16/2026-02-20\"], " + SOURCE + "}, "
        + "{\"year\": 2026, \"tet\": [\"2026-02-16/2026-02-20\"], " + SOURCE + "}"))
        .containsExactly("TYPE_MISMATCH /decisions/0/tet/0: must be a day (YYYY-MM-DD) or a range (YYYY-MM-DD/YYYY-MM-DD)",
            "DUPLICATE /decisions: two decisions for 2026");
  }
}
