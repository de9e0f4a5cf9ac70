package vn.egov.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarRoutesTest {
  @TempDir
  static Path dataDir;
  private static PortalApp app;
  private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
  private static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() {
    app = PortalApp.start(TestServers.offline(dataDir));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void holidaysOfAYearInVietnameseByDefault() throws Exception {
    HttpResponse<String> r = get("api/calendar/holidays?year=2025");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("charset=utf-8"));
    JsonNode body = json.readTree(r.body());
    assertThat(body.get("year").asInt()).isEqualTo(2025);
    JsonNode first = body.get("holidays").get(0);
    assertThat(first.get("date").asText()).isEqualTo("2025-01-01");
    assertThat(first.get("name").asText()).isEqualTo("Tết Dương lịch");
    assertThat(body.get("holidays").findValuesAsText("date"))
        .contains("2025-01-29", "2025-04-07", "2025-04-30", "2025-05-01", "2025-09-01", "2025-09-02");
    assertThat(body.get("holidays").findValuesAsText("name")).contains("Giỗ Tổ Hùng Vương", "Quốc khánh");
  }

  @Test
  void aDecidedYearSaysSoWithItsSourcesAndItsWorkedSaturdays() throws Exception {
    JsonNode body = json.readTree(get("api/calendar/holidays?year=2025").body());
    assertThat(body.get("basis").asText()).isEqualTo("DECIDED");
    assertThat(body.get("sources").findValuesAsText("document")).contains("Công văn 8726/VPCP-KGVX");
    assertThat(body.get("sources").get(0).get("issued").asText()).isEqualTo("2024-11-26");
    assertThat(body.get("sources").get(0).get("reference").asText()).startsWith("https://");
    assertThat(body.get("workingDays")).hasSize(1);
    assertThat(body.get("workingDays").get(0).asText()).isEqualTo("2025-04-26");
    // Tết 2025 as decided: Monday 27 – Friday 31 January; 2 May swapped.
    assertThat(body.get("holidays").findValuesAsText("date")).contains("2025-01-27", "2025-01-31", "2025-05-02")
        .doesNotContain("2025-02-01", "2025-02-03");
    JsonNode rules = json.readTree(get("api/calendar/holidays?year=2030").body());
    assertThat(rules.get("basis").asText()).isEqualTo("RULES");
    assertThat(rules.get("sources")).isEmpty();
    assertThat(rules.get("workingDays")).isEmpty();
    // Received Friday 24 January 2025 with one working day: due Monday 3 February.
    assertThat(json.readTree(get("api/calendar/working-days?from=2025-01-24&add=1").body()).get("date").asText())
        .isEqualTo("2025-02-03");
  }

  @Test
  void holidayNamesInEnglish() throws Exception {
    JsonNode body = json.readTree(get("api/calendar/holidays?year=2024&lang=en").body());
    assertThat(body.get("holidays").findValuesAsText("name"))
        .contains("New Year's Day", "Lunar New Year (Tết)", "Hùng Kings' Commemoration Day", "National Day");
    assertThat(body.get("holidays").findValuesAsText("date")).contains("2024-02-10", "2024-04-18", "2024-02-14");
  }

  @Test
  void workingDaysAfterADate() throws Exception {
    HttpResponse<String> r = get("api/calendar/working-days?from=2025-01-24&add=2");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(r.body());
    assertThat(body.get("from").asText()).isEqualTo("2025-01-24");
    assertThat(body.get("add").asInt()).isEqualTo(2);
    assertThat(body.get("date").asText()).isEqualTo("2025-02-04");
    assertThat(json.readTree(get("api/calendar/working-days?from=2024-06-07&add=0").body()).get("date").asText())
        .isEqualTo("2024-06-07");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "?year=", "?year=abc", "?year=1899", "?year=2101", "?year=-2024", "?year=20.24",
      "?year=99999999999999999999", "?year=%00", "?year=2024&year=x"})
  void badYearsAreInvalidArguments(String query) throws Exception {
    assertError(get("api/calendar/holidays" + query), "INVALID_ARGUMENT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"add=1", "from=&add=1", "from=2024-02-30&add=1", "from=2024-13-01&add=1",
      "from=24-01-01&add=1", "from=2024-1-1&add=1", "from=%2B2024-01-01&add=1", "from=2024-01-01&from=2024-01-02&add=1", "from=1899-12-31&add=1",
      "from=2101-01-01&add=1", "from=2024-01-01T00:00&add=1", "from=%E2%80%8B&add=1"})
  void badDatesAreInvalidDates(String query) throws Exception {
    assertError(get("api/calendar/working-days?" + query), "INVALID_DATE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"from=2024-01-01", "from=2024-01-01&add=", "from=2024-01-01&add=-1",
      "from=2024-01-01&add=abc", "from=2024-01-01&add=1.5", "from=2024-01-01&add=10001",
      "from=2024-01-01&add=99999999999999999999", "from=2100-12-28&add=5", "from=2090-01-01&add=10000", "from=2024-01-01&add=1&add=2"})
  void badCountsAreInvalidArguments(String query) throws Exception {
    assertError(get("api/calendar/working-days?" + query), "INVALID_ARGUMENT");
  }

  @Test
  void errorsAreLocalised() throws Exception {
    JsonNode vi = json.readTree(get("api/calendar/holidays?year=x").body());
    JsonNode en = json.readTree(get("api/calendar/holidays?year=x&lang=en").body());
    assertThat(vi.at("/error/message").asText()).contains("năm");
    assertThat(en.at("/error/message").asText()).contains("year");
  }

  private static void assertError(HttpResponse<String> r, String code) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode body = json.readTree(r.body());
    assertThat(body.at("/error/code").asText()).isEqualTo(code);
    assertThat(body.at("/error/message").asText()).isNotBlank()
        .doesNotContain("Exception").doesNotContain("java.");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).timeout(Duration.ofSeconds(60)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
