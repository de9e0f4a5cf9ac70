package vn.egov.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.testing.Fault;
import vn.egov.sdk.testing.SimulatedUpstream;
import vn.egov.sdk.testing.SimulatedUpstreams;
import vn.egov.sdk.testing.WithSimulatedUpstreams;

/** {@code /api/fx}, {@code /api/weather}, {@code /widgets/*} and the widget flags of the contract. */
@WithSimulatedUpstreams
class WidgetRoutesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Generous: on a loaded machine the portal's first fetches may take many seconds. */
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final String[] LEAKS = {"Exception", "java.", "Request Rejected", "support ID",
      "Service Unavailable", "HTTP 5", "SAX"};

  static HttpResponse<String> get(PortalApp app, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(PortalApp app, String path) throws Exception {
    HttpResponse<String> r = get(app, path);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json")
        .contains("charset=utf-8");
    assertThat(r.body()).doesNotContain(LEAKS);
    return JSON.readTree(r.body());
  }

  @Test
  void simulatedUpstreamsMakeEveryWidgetLiveOffline(@TempDir Path dir) throws Exception {
    try (PortalApp app = PortalApp.start(ServerOptions.parse("--port", "0", "--data-dir", dir.toString(),
        "--simulate-upstreams"))) {
      await().atMost(BOUND).until(() -> json(app, "/api/fx").path("status").asText().equals("FRESH"));
      JsonNode fx = json(app, "/api/fx");
      assertThat(fx.path("provider").asText()).isEqualTo("vietcombank-xml");
      assertThat(fx.path("asOf").asText()).isEqualTo("2026-11-27T14:35:12+07:00");
      assertThat(fx.path("fetchedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
      assertThat(fx.path("ageSeconds").isIntegralNumber()).isTrue();
      assertThat(fx.path("notice").isNull()).isTrue();
      JsonNode usd = fx.path("rates").get(fx.path("rates").size() - 1);
      assertThat(usd.path("code").asText()).isEqualTo("USD");
      assertThat(usd.path("name").asText()).isEqualTo("US DOLLAR");
      assertThat(usd.path("cashBuy").isNumber()).isTrue();
      assertThat(usd.path("cashBuy").decimalValue()).isEqualByComparingTo("26128.00");
      assertThat(usd.path("transferBuy").decimalValue()).isEqualByComparingTo("26158.00");
      assertThat(usd.path("sell").decimalValue()).isEqualByComparingTo("26398.00");
      assertThat(fx.path("rates").get(4).path("code").asText()).isEqualTo("DKK");
      assertThat(fx.path("rates").get(4).path("cashBuy").isNull()).isTrue();

      await().atMost(BOUND).until(() -> json(app, "/api/weather").path("status").asText().equals("FRESH"));
      JsonNode weather = json(app, "/api/weather?lang=en");
      assertThat(weather.path("provider").asText()).isEqualTo("open-meteo");
      assertThat(weather.path("regions")).hasSize(10);
      JsonNode hanoi = weather.path("regions").get(0);
      assertThat(hanoi.path("id").asText()).isEqualTo("ha-noi");
      assertThat(hanoi.path("name").asText()).isEqualTo("Hà Nội");
      assertThat(hanoi.path("latitude").asDouble()).isEqualTo(21.0285);
      assertThat(hanoi.path("observedAt").asText()).isEqualTo("2026-11-27T14:30:00+07:00");
      assertThat(hanoi.path("temperatureC").asDouble()).isEqualTo(24.6);
      assertThat(hanoi.path("humidityPercent").asInt()).isEqualTo(71);
      assertThat(hanoi.path("windKmh").asDouble()).isEqualTo(8.3);
      assertThat(hanoi.path("weatherCode").asInt()).isEqualTo(3);
      assertThat(hanoi.path("condition").asText()).isEqualTo("Overcast");
      assertThat(json(app, "/api/weather").path("regions").get(0).path("condition").asText()).isEqualTo("Nhiều mây");

      HttpResponse<String> html = get(app, "/widgets/fx?lang=en");
      assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
      assertThat(html.body()).startsWith("<section").contains("<table>", "Exchange rates", "26,158.00")
          .doesNotContain("<html");
      assertThat(get(app, "/widgets/weather").body()).contains("Hà Nội", "Nhiều mây").doesNotContain("<html");

      String page = get(app, "/").body();
      assertThat(page).contains("id=\"block-fx\"", "US DOLLAR", "id=\"block-weather\"", "Hà Nội")
          .doesNotContain(LEAKS);

      JsonNode health = json(app, "/health");
      assertThat(health.at("/components/fx/status").asText()).isEqualTo("UP");
      assertThat(health.at("/components/weather/status").asText()).isEqualTo("UP");
      assertThat(dir.resolve("widgets").resolve("fx-last-good.json")).exists();
    }
  }

  @Test
  void aFailingFxUrlIsShownCalmlyAndTheHealthIsDegraded(SimulatedUpstreams sims, @TempDir Path dir)
      throws Exception {
    sims.vietcombankXml().inject(Fault.HTML_OK);
    try (PortalApp app = PortalApp.start(ServerOptions.parse("--port", "0", "--data-dir", dir.toString(),
        "--fx-url", sims.vietcombankXml().baseUrl().toString(),
        "--weather-url", sims.openMeteo().baseUrl().toString()))) {
      JsonNode fx = json(app, "/api/fx");
      assertThat(fx.path("status").asText()).isEqualTo("UNAVAILABLE");
      assertThat(fx.path("rates")).isEmpty();
      assertThat(fx.path("asOf").isNull()).isTrue();
      assertThat(fx.path("notice").asText()).contains("tạm thời");
      assertThat(json(app, "/api/fx?lang=en").path("notice").asText()).contains("temporarily unavailable");
      String html = get(app, "/widgets/fx").body();
      assertThat(html).contains("data-status=\"UNAVAILABLE\"", "tạm thời").doesNotContain(LEAKS);
      assertThat(json(app, "/health").path("status").asText()).isEqualTo("DEGRADED");
      assertThat(sims.vietcombankXml().requestCount()).isPositive();
    }
  }

  @Test
  void fxRefreshBelowTheDefaultIsHonoured(SimulatedUpstreams sims, @TempDir Path dir) throws Exception {
    SimulatedUpstream vcb = sims.vietcombankXml();
    try (PortalApp app = PortalApp.start(ServerOptions.parse("--port", "0", "--data-dir", dir.toString(),
        "--fx-url", vcb.baseUrl().toString(), "--fx-refresh", "1",
        "--weather-url", TestServers.NO_UPSTREAM.toString()))) {
      await().atMost(BOUND).until(() -> json(app, "/api/fx").path("status").asText().equals("FRESH"));
      vcb.serveChangedData();
      await().atMost(BOUND).until(() ->
          json(app, "/api/fx").path("asOf").asText().equals("2026-11-27T16:05:40+07:00"));
      assertThat(vcb.requestCount()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void aRestartDuringAnOutageShowsThePersistedBoard(SimulatedUpstreams sims, @TempDir Path dir) throws Exception {
    SimulatedUpstream vcb = sims.vietcombankXml();
    String[] args = {"--port", "0", "--data-dir", dir.toString(), "--fx-url", vcb.baseUrl().toString(),
        "--weather-url", TestServers.NO_UPSTREAM.toString()};
    try (PortalApp app = PortalApp.start(ServerOptions.parse(args))) {
      await().atMost(BOUND).until(() -> json(app, "/api/fx").path("status").asText().equals("FRESH"));
    }
    vcb.inject(Fault.SERVER_ERROR);
    try (PortalApp app = PortalApp.start(ServerOptions.parse(args))) {
      JsonNode fx = json(app, "/api/fx");
      assertThat(fx.path("rates")).hasSize(20);
      assertThat(fx.path("status").asText()).isIn("FRESH", "STALE");
      assertThat(fx.path("asOf").asText()).isEqualTo("2026-11-27T14:35:12+07:00");
    }
  }
}
