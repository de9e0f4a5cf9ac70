package vn.egov.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@WithSimulatedUpstreams
class SimulatedUpstreamTest {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

  private HttpResponse<String> get(URI uri, Duration timeout) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return get(uri, Duration.ofSeconds(60)); // an answer is expected: generous on a busy machine
  }

  private static URI request(SimulatedUpstream s) {
    String query = switch (s.kind()) {
      case VIETCOMBANK_XML -> "";
      case VIETCOMBANK_JSON -> "?date=2026-11-27";
      case OPEN_METEO -> "?latitude=21.0285,10.8231&longitude=105.8542,106.6297&current=temperature_2m";
      case OPEN_WEATHER_MAP -> "?lat=10.8&lon=106.6&units=metric&appid=" + SimulatedUpstream.OPEN_WEATHER_MAP_KEY;
    };
    return URI.create(s.feedUrl() + query);
  }

  @Test
  void answersLikeTheRealFeeds(SimulatedUpstreams all) throws Exception {
    assertThat(get(request(all.vietcombankXml())).body()).contains("<ExrateList>", "CurrencyCode=\"USD\"");
    assertThat(get(request(all.vietcombankJson())).body()).contains("\"UpdatedDate\"");
    assertThat(get(request(all.openMeteo())).body()).startsWith("[{").contains("\"current\"");
    assertThat(get(request(all.openWeatherMap())).body()).contains("\"cod\":200");
    assertThat(all.vietcombankXml().requestCount()).isEqualTo(1);
  }

  @Test
  void openMeteoAnswersOneObjectForOnePlaceAndOnePerPlaceInOrder(
      @Upstream(SimulatedUpstream.Kind.OPEN_METEO) SimulatedUpstream meteo) throws Exception {
    String one = get(URI.create(meteo.feedUrl() + "?latitude=21&longitude=105")).body();
    assertThat(one).startsWith("{\"latitude\"");
    String many = get(URI.create(meteo.feedUrl() + "?latitude=1,2,3,4,5&longitude=1,2,3,4,5")).body();
    assertThat(many.split("\"current\":\\{").length - 1).isEqualTo(5);
  }

  @Test
  void rejectsWhatTheRealFeedsReject(SimulatedUpstreams all) throws Exception {
    assertThat(get(all.vietcombankJson().feedUrl()).statusCode()).isEqualTo(400);
    HttpResponse<String> owm = get(URI.create(all.openWeatherMap().feedUrl() + "?lat=1&lon=2&appid=wrong"));
    assertThat(owm.statusCode()).isEqualTo(401);
    assertThat(owm.body()).contains("Invalid API key");
  }

  @ParameterizedTest
  @EnumSource(SimulatedUpstream.Kind.class)
  void injectsEveryFault(SimulatedUpstream.Kind kind, SimulatedUpstreams all) throws Exception {
    SimulatedUpstream s = all.all().stream().filter(u -> u.kind() == kind).findFirst().orElseThrow();
    String normal = get(request(s)).body();

    assertThat(get(request(s.inject(Fault.SERVER_ERROR))).statusCode()).isEqualTo(503);
    assertThat(get(request(s.inject(Fault.TOO_MANY_REQUESTS))).statusCode()).isEqualTo(429);
    HttpResponse<String> html = get(request(s.inject(Fault.HTML_OK)));
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains("<html>");
    String truncated = get(request(s.inject(Fault.TRUNCATED_BODY))).body();
    assertThat(truncated.length()).isLessThan(normal.length());
    assertThat(get(request(s.inject(Fault.MALFORMED_BODY))).body()).contains("\"<]}>&");
    assertThatThrownBy(() -> get(request(s.inject(Fault.CONNECTION_RESET)))).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> get(request(s.inject(Fault.BLACK_HOLE)), Duration.ofMillis(300)))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(get(request(s.delay(Duration.ofMillis(200)))).statusCode()).isEqualTo(200); // 200 ms vs 60 s

    assertThat(get(request(s.heal())).body()).isEqualTo(normal);
    assertThat(get(request(s.serveChangedData())).body()).isNotEqualTo(normal);
  }

  @Test
  void closesPromptlyWithARequestStuckInTheBlackHole() throws Exception {
    SimulatedUpstream s = SimulatedUpstream.start(SimulatedUpstream.Kind.VIETCOMBANK_XML).inject(Fault.BLACK_HOLE);
    http.sendAsync(HttpRequest.newBuilder(s.feedUrl()).GET().build(), HttpResponse.BodyHandlers.ofString());
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> s.requestCount() == 1);
    long start = System.nanoTime();
    s.close();
    // Promptly: not after the black hole's 10 minutes (generous for a busy machine).
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
  }
}
