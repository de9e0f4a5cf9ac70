package vn.egov.sdk.widgets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.sdk.widgets.internal.Http;

/**
 * One HTTP GET as the providers make it: which statuses are temporary, which are invalid, the body
 * cap at its exact size, the headers sent; and the settings' own limits.
 */
class HttpLimitsTest {
  /** Generous timeouts: these tests are about statuses and sizes, never about speed. */
  private static final HttpSettings PATIENT = HttpSettings.defaults()
      .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
  private WireMockServer server;
  private URI base;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    base = URI.create("http://127.0.0.1:" + server.port());
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private byte[] fetch(HttpSettings settings) throws Exception {
    try (Http http = new Http(settings)) {
      return http.get(Http.url(base, "/feed", Map.of()), "application/xml");
    }
  }

  private void answer(int status, byte[] body) {
    server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(status).withBody(body)));
  }

  @ParameterizedTest(name = "HTTP {0} may pass if asked again")
  @ValueSource(ints = {429, 500, 503, 599})
  void tooManyRequestsAndServerErrorsAreTemporary(int status) {
    answer(status, "busy".getBytes());
    assertThatThrownBy(() -> fetch(PATIENT)).isInstanceOfSatisfying(UpstreamException.class, e -> {
      assertThat(e.retriable()).isTrue();
      assertThat(e).hasMessage("HTTP " + status);
    });
  }

  @ParameterizedTest(name = "HTTP {0} will not pass if asked again")
  @ValueSource(ints = {201, 204, 301, 401, 404, 428, 430, 499})
  void otherStatusesAreInvalid(int status) {
    answer(status, "no".getBytes());
    assertThatThrownBy(() -> fetch(PATIENT)).isInstanceOfSatisfying(UpstreamException.class, e -> {
      assertThat(e.retriable()).isFalse();
      assertThat(e).hasMessage("HTTP " + status);
    });
  }

  @Test
  void aBodyOfExactlyTheCapIsReadAndOneByteMoreIsRefused() throws Exception {
    HttpSettings capped = PATIENT.withMaxBodyBytes(2048);
    byte[] exact = "a".repeat(2048).getBytes();
    answer(200, exact);
    assertThat(fetch(capped)).isEqualTo(exact);
    answer(200, "a".repeat(2049).getBytes());
    assertThatThrownBy(() -> fetch(capped)).isInstanceOf(UpstreamException.class)
        .hasMessage("body larger than 2048 bytes");
    // without a Content-Length the cap still holds
    server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(200)
        .withChunkedDribbleDelay(2, 1).withBody("b".repeat(2049))));
    assertThatThrownBy(() -> fetch(capped)).isInstanceOf(UpstreamException.class)
        .hasMessage("body larger than 2048 bytes");
  }

  @Test
  void theAcceptHeaderAndTheUserAgentAreSent() throws Exception {
    answer(200, "ok".getBytes());
    HttpSettings agent = new HttpSettings(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30),
        4096, "portal.example.gov.vn/1.0");
    assertThat(fetch(agent)).isEqualTo("ok".getBytes());
    server.verify(getRequestedFor(urlPathEqualTo("/feed"))
        .withHeader("Accept", equalTo("application/xml"))
        .withHeader("User-Agent", equalTo("portal.example.gov.vn/1.0")));
  }

  @Test
  void settingsRefuseZeroTimeoutsTinyCapsAndBlankAgents() {
    Duration s = Duration.ofSeconds(1);
    assertThatThrownBy(() -> new HttpSettings(Duration.ZERO, s, s, 4096, "a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("connectTimeout must be positive, was PT0S");
    assertThatThrownBy(() -> new HttpSettings(s, Duration.ofSeconds(-1), s, 4096, "a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("readTimeout must be positive, was PT-1S");
    assertThatThrownBy(() -> new HttpSettings(s, s, Duration.ZERO, 4096, "a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("callTimeout must be positive, was PT0S");
    assertThatThrownBy(() -> new HttpSettings(null, s, s, 4096, "a"))
        .isInstanceOf(NullPointerException.class).hasMessage("connectTimeout");
    assertThat(new HttpSettings(s, s, s, 1024, "a").maxBodyBytes()).isEqualTo(1024);
    assertThatThrownBy(() -> new HttpSettings(s, s, s, 1023, "a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxBodyBytes must be at least 1024, was 1023");
    assertThatThrownBy(() -> new HttpSettings(s, s, s, 4096, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("userAgent must not be blank");
    assertThatThrownBy(() -> new HttpSettings(s, s, s, 4096, null))
        .isInstanceOf(NullPointerException.class).hasMessage("userAgent");
    HttpSettings d = HttpSettings.defaults();
    assertThat(d.maxBodyBytes()).isEqualTo(512 * 1024);
    assertThat(d.withTimeouts(s, s, s).userAgent()).isEqualTo(d.userAgent());
    assertThat(d.withMaxBodyBytes(2048).callTimeout()).isEqualTo(d.callTimeout());
  }

  @Test
  void placesHaveShortIdsAndCoordinatesOnTheGlobe() {
    assertThat(new Place("a".repeat(64), "X", 0, 0).id()).hasSize(64);
    assertThatThrownBy(() -> new Place("a".repeat(65), "X", 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("place id must be lowercase");
    assertThat(new Place("pole", "Cực", 90, 180).latitude()).isEqualTo(90);
    assertThat(new Place("pole", "Cực", -90, -180).longitude()).isEqualTo(-180);
    assertThatThrownBy(() -> new Place("x", "X", -90.001, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("place x: latitude must be within -90..90, was -90.001");
    assertThatThrownBy(() -> new Place("x", "X", 0, 180.001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("place x: longitude must be within -180..180, was 180.001");
    assertThatThrownBy(() -> new Place("x", "X", 0, -180.001))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longitude");
    assertThatThrownBy(() -> new Place("x", "X", 0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longitude");
    assertThatThrownBy(() -> new Place("x", " ", 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("place x: name must not be blank");
    assertThat(new Place("x", " Hue\u0302 ", 0, 0).name()).isEqualTo("Huê");
  }
}
