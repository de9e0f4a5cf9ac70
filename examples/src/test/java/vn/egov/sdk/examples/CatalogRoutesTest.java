package vn.egov.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogRoutesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path dir;
  private static PortalApp app;

  @BeforeAll
  static void start() {
    app = PortalApp.start(TestServers.offline(dir),
        Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + pathAndQuery.substring(1))).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json").contains("utf-8");
    return MAPPER.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void searchIgnoresDiacritics() throws Exception {
    HttpResponse<String> r = get("/api/procedures?q=" + enc("dang ky khai sinh"));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = json(r);
    assertThat(body.path("page").asInt()).isEqualTo(1);
    assertThat(body.path("size").asInt()).isEqualTo(20);
    assertThat(body.path("total").asInt()).isPositive();
    JsonNode first = body.path("items").get(0);
    assertThat(first.path("code").asText()).isEqualTo("1.001193");
    assertThat(first.path("name").asText()).isEqualTo("Đăng ký khai sinh");
    assertThat(first.path("field").asText()).isEqualTo("Hộ tịch");
    assertThat(first.path("agency").path("code").asText()).matches("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
    assertThat(first.path("agency").path("name").asText()).isNotBlank();
    assertThat(first.path("adminLevel").asText()).isEqualTo("COMMUNE");
    assertThat(first.path("legacyLevel").asInt()).isEqualTo(4);
    assertThat(first.path("onlineLevel").asText()).isEqualTo("FULL_PROCESS");
  }

  @Test
  void filtersAndPages() throws Exception {
    JsonNode body = json(get("/api/procedures?field=" + enc("Hộ tịch") + "&onlineLevel=PARTIAL&size=2&page=1"));
    assertThat(body.path("items").size()).isLessThanOrEqualTo(2);
    body.path("items").forEach(i -> {
      assertThat(i.path("field").asText()).isEqualTo("Hộ tịch");
      assertThat(i.path("onlineLevel").asText()).isEqualTo("PARTIAL");
    });
    JsonNode byLevel = json(get("/api/procedures?legacyLevel=2&adminLevel=commune&size=100"));
    assertThat(byLevel.path("total").asInt()).isPositive();
    byLevel.path("items").forEach(i -> assertThat(i.path("legacyLevel").asInt()).isEqualTo(2));
    JsonNode byAgency = json(get("/api/procedures?agency=000.00.15.H56"));
    assertThat(byAgency.path("items").get(0).path("code").asText()).isEqualTo("2.000488");
    JsonNode far = json(get("/api/procedures?page=99999"));
    assertThat(far.path("items")).isEmpty();
    assertThat(far.path("total").asInt()).isPositive();
    JsonNode empty = json(get("/api/procedures?q=&field=&onlineLevel="));
    assertThat(empty.path("total").asInt()).isGreaterThanOrEqualTo(30);
  }

  @ParameterizedTest
  @ValueSource(strings = {"page=0", "page=-1", "page=abc", "page=1.5", "page=99999999999", "size=0",
      "size=100000", "size=101", "size=", "onlineLevel=LEVEL_5", "legacyLevel=5", "legacyLevel=x",
      "adminLevel=VILLAGE", "agency=H56", "agency=%3Cscript%3E"})
  void badValuesAre400(String query) throws Exception {
    HttpResponse<String> r = get("/api/procedures?" + query);
    if (query.equals("size=")) {
      assertThat(r.statusCode()).isEqualTo(200); // empty means default
      return;
    }
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode error = json(r).path("error");
    assertThat(error.path("code").asText()).isEqualTo("INVALID_ARGUMENT");
    assertThat(error.path("message").asText()).contains(query.substring(0, query.indexOf('=')));
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("<script>");
  }

  @Test
  void longQueriesAre400NotA500() throws Exception {
    HttpResponse<String> r = get("/api/procedures?q=" + "a".repeat(5_000));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).path("error").path("code").asText()).isEqualTo("INVALID_ARGUMENT");
    // beyond the server's 8 KiB request line Jetty itself answers 414 URI Too Long: still no 500
    HttpResponse<String> huge = get("/api/procedures?q=" + "a".repeat(10_000));
    assertThat(huge.statusCode()).isIn(400, 414);
    assertThat(huge.body()).doesNotContain("Exception").doesNotContain("at org.");
    assertThat(get("/api/procedures?q=" + enc("%$#<>\"'")).statusCode()).isEqualTo(200);
    assertThat(get("/api/procedures?unknown=1&q=x").statusCode()).isEqualTo(200);
  }

  @Test
  void englishErrorMessages() throws Exception {
    JsonNode error = json(get("/api/procedures?page=0&lang=en")).path("error");
    assertThat(error.path("message").asText()).startsWith("Parameter 'page' is not valid");
    assertThat(error.path("parameter").asText()).isEqualTo("page");
  }

  @Test
  void oneProcedureWithItsAssessment() throws Exception {
    HttpResponse<String> r = get("/api/procedures/2.000488");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode p = json(r);
    assertThat(p.path("code").asText()).isEqualTo("2.000488");
    assertThat(p.path("competentAgency").path("code").asText()).isEqualTo("000.00.15.H56");
    assertThat(p.path("channels")).isNotEmpty();
    JsonNode online = null;
    for (JsonNode c : p.path("channels")) {
      if (c.path("type").asText().equals("ONLINE")) {
        online = c;
      }
    }
    assertThat(online).isNotNull();
    assertThat(online.path("processingTime").path("amount").asInt()).isEqualTo(10);
    assertThat(online.path("processingTime").path("unit").asText()).isEqualTo("WORKING_DAYS");
    assertThat(online.path("fees").get(0).path("amount").isNumber()).isTrue();
    assertThat(p.path("dossier").get(0).path("documents").get(0).path("originals").asInt()).isEqualTo(1);
    assertThat(p.path("legalBasis").get(0).path("issuedOn").asText()).isEqualTo("2009-06-17");
    JsonNode a = p.path("assessment");
    assertThat(a.path("legacyLevel").asInt()).isEqualTo(4);
    assertThat(a.path("onlineLevel").asText()).isEqualTo("FULL_PROCESS");
    assertThat(a.path("missingForNext").isArray()).isTrue();

    JsonNode partial = json(get("/api/procedures/1.004873")).path("assessment");
    assertThat(partial.path("legacyLevel").asInt()).isEqualTo(3);
    assertThat(partial.path("onlineLevel").asText()).isEqualTo("PARTIAL");
    assertThat(partial.path("missingForNext").get(0).asText()).isEqualTo("ONLINE_PAYMENT");
    // a fee without a fixed amount is null, never 0
    JsonNode land = json(get("/api/procedures/1.012810"));
    assertThat(land.path("channels").get(0).path("fees").get(0).path("amount").isNull()).isTrue();
  }

  @Test
  void theWholeRecordCarriesEveryMemberOfTheListItem() throws Exception {
    // was: the detail lacked "agency", "legacyLevel" and "onlineLevel" of the list's item
    JsonNode item = json(get("/api/procedures?q=" + enc("Đăng ký khai sinh") + "&size=1")).path("items").get(0);
    JsonNode whole = json(get("/api/procedures/" + item.path("code").asText()));
    item.fieldNames().forEachRemaining(name ->
        assertThat(whole.path(name)).as(name).isEqualTo(item.path(name)));
    assertThat(whole.path("agency").path("code").asText()).isEqualTo(whole.at("/competentAgency/code").asText());
    assertThat(whole.path("legacyLevel")).isEqualTo(whole.at("/assessment/legacyLevel"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9.999999", "x", "%3Cscript%3E", "1.001193.."})
  void unknownProcedureIs404(String code) throws Exception {
    HttpResponse<String> r = get("/api/procedures/" + code);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).path("error").path("code").asText()).isEqualTo("PROCEDURE_NOT_FOUND");
  }

  @Test
  void cpsvExport() throws Exception {
    HttpResponse<String> r = get("/api/procedures/1.001193/cpsv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
    JsonNode doc = MAPPER.readTree(r.body());
    assertThat(doc.path("@graph").get(0).path("@type").asText()).isEqualTo("cpsv:PublicService");
    assertThat(get("/api/procedures/9.999999/cpsv").statusCode()).isEqualTo(404);
  }

  @Test
  void healthNamesTheCatalog() throws Exception {
    JsonNode health = json(get("/health"));
    assertThat(health.path("components").path("catalog").path("status").asText()).isEqualTo("UP");
  }

  @Test
  void roadmap() throws Exception {
    JsonNode r = json(get("/api/roadmap"));
    int total = r.path("totalProcedures").asInt();
    assertThat(total).isGreaterThanOrEqualTo(30);
    int sum = 0;
    for (String level : new String[] {"1", "2", "3", "4"}) {
      assertThat(r.path("byLegacyLevel").has(level)).isTrue();
      sum += r.path("byLegacyLevel").path(level).asInt();
    }
    assertThat(sum + r.path("unpublished").asInt()).isEqualTo(total);
    assertThat(r.path("byOnlineLevel").path("FULL_PROCESS").asInt()).isPositive();
    JsonNode t = r.path("targets").get(0);
    assertThat(t.path("id").asText()).isEqualTo("2015-level-3");
    assertThat(t.path("deadline").asText()).isEqualTo("2015-12-31");
    assertThat(t.path("required").asInt()).isEqualTo(10);
    assertThat(t.path("met").asBoolean()).isTrue();
    assertThat(t.path("description").asText()).contains("mức độ 3");
    JsonNode t2 = r.path("targets").get(1);
    assertThat(t2.path("required").asInt()).isEqualTo(20);
    assertThat(t2.path("shortBy").asInt()).isEqualTo(Math.max(0, 20 - t2.path("actual").asInt()));
    // "every procedure that uses forms at level 2 or above": required = how many use forms; no date
    JsonNode t3 = r.path("targets").get(2);
    assertThat(t3.path("id").asText()).isEqualTo("forms-level-2");
    assertThat(t3.has("deadline")).isTrue();
    assertThat(t3.path("deadline").isNull()).isTrue();
    assertThat(t3.path("required").asInt()).isEqualTo(t3.path("ofTheKind").asInt()).isPositive();
    assertThat(t3.path("quota").path("all").asBoolean()).isTrue();
    assertThat(t3.path("met").asBoolean()).isEqualTo(t3.path("actual").asInt() == t3.path("required").asInt());
    assertThat(t3.path("overdue").asBoolean()).isFalse();
    assertThat(t.path("quota").path("atLeast").asInt()).isEqualTo(10);
    assertThat(r.path("asOf").asText()).isEqualTo("2026-11-27");
    JsonNode agency = r.path("agencies").get(0);
    assertThat(agency.path("code").asText()).isNotBlank();
    assertThat(agency.path("name").asText()).isNotBlank();
    assertThat(agency.path("total").asInt()).isPositive();
    assertThat(agency.path("byLegacyLevel").has("4")).isTrue();
    assertThat(json(get("/api/roadmap?lang=en")).path("targets").get(0).path("description").asText())
        .contains("level 3");
  }
}
