package vn.egov.sdk.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.testing.SimulatedUpstream;
import vn.egov.sdk.testing.Upstream;
import vn.egov.sdk.testing.WithSimulatedUpstreams;
import vn.egov.sdk.widgets.internal.JsonBodies;

/**
 * The parts around the engine: what the providers ask the upstreams, their names, the widget's own
 * threads, a restored board refreshed by prefetch, the whole-number rules of JSON answers, and
 * which upstream failures are worth a retry.
 */
@WithSimulatedUpstreams
class WidgetPlumbingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void openMeteoIsAskedForEveryPlaceLatitudesAndLongitudesInOrder(
      @Upstream(SimulatedUpstream.Kind.OPEN_METEO) SimulatedUpstream meteo) throws Exception {
    List<Place> places = List.of(Place.defaults().get(0), Place.defaults().get(1));
    HttpSettings patient = HttpSettings.defaults()
        .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
    Provider<WeatherReport> p = Providers.openMeteo(meteo.baseUrl(), places, patient);
    try {
      p.fetch();
    } catch (UpstreamException answerForOtherPlaces) {
      // the simulator answers for its own set of places; only the request matters here
    }
    var request = meteo.wireMock().getAllServeEvents().get(0).getRequest();
    assertThat(request.queryParameter("latitude").firstValue()).isEqualTo("21.0285,10.8231");
    assertThat(request.queryParameter("longitude").firstValue()).isEqualTo("105.8542,106.6297");
    assertThat(request.queryParameter("current").firstValue())
        .isEqualTo("temperature_2m,relative_humidity_2m,weather_code,wind_speed_10m");
    assertThat(request.queryParameter("timezone").firstValue()).isEqualTo("Asia/Ho_Chi_Minh");
    ((AutoCloseable) p).close();
  }

  @Test
  void providersHaveStableNamesAndCheckTheirArguments() {
    URI base = URI.create("http://127.0.0.1:1");
    HttpSettings http = HttpSettings.defaults();
    assertThat(Providers.vietcombankXml(base, http).name()).isEqualTo("vietcombank-xml");
    assertThat(Providers.vietcombankJson(base, http, java.time.Clock.systemUTC()).name()).isEqualTo("vietcombank-json");
    assertThat(Providers.openMeteo(base, Place.defaults(), http).name()).isEqualTo("open-meteo");
    assertThat(Providers.openWeatherMap(base, "key", Place.defaults(), http).name()).isEqualTo("openweathermap");
    assertThatThrownBy(() -> Providers.openWeatherMap(base, " ", Place.defaults(), http))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("apiKey must not be blank");
    assertThatThrownBy(() -> Providers.openMeteo(base, List.of(), http))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("places must not be empty");
    assertThatThrownBy(() -> Providers.openMeteo(base, List.of(Place.defaults().get(0), Place.defaults().get(0)), http))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("places must have distinct ids");
    assertThatThrownBy(() -> Providers.vietcombankXml(URI.create("file:///tmp"), http))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("base must be an http(s) URL with a host");
    assertThat(Providers.vietcombankXml(URI.create("https://mirror.example.vn"), http)).isNotNull();
  }

  @Test
  void theBuiltInWidgetsUseTheirDefaultProvidersAndAProviderHasANameByDefault() {
    // peek neither fetches nor waits: no request leaves the machine
    try (Widget<WeatherReport> weather = Widgets.weather().build()) {
      assertThat(weather.peek().provider()).isEqualTo("open-meteo");
      assertThat(weather.name()).isEqualTo("weather");
    }
    try (Widget<ExchangeRateBoard> fx = Widgets.exchangeRates().build()) {
      assertThat(fx.peek().provider()).isEqualTo("vietcombank-xml");
      assertThat(fx.name()).isEqualTo("fx");
    }
    Provider<String> unnamed = new Provider<>() {
      @Override
      public String fetch() {
        return "x";
      }
    };
    class AgencyNotices implements Provider<String> {
      @Override
      public String fetch() {
        return "x";
      }
    }
    assertThat(new AgencyNotices().name()).isEqualTo("AgencyNotices");
    assertThat(unnamed.name()).isNotNull();
  }

  @Test
  void theWidgetsOwnFetchThreadsAreNamedDaemons() {
    AtomicReference<Thread> fetcher = new AtomicReference<>();
    Provider<String> p = () -> {
      fetcher.set(Thread.currentThread());
      return "x";
    };
    try (Widget<String> w = Widgets.custom("notice-board", String.class).providers(p)
        .coldWait(Duration.ofSeconds(30)).build()) {
      await().atMost(Duration.ofSeconds(30)).until(() -> w.read().status() == Status.FRESH);
      assertThat(fetcher.get().isDaemon()).isTrue();
      assertThat(fetcher.get().getName()).matches("widget-notice-board-\\d+");
      assertThat(fetcher.get()).isNotSameAs(Thread.currentThread());
    }
  }

  @Test
  void prefetchRefreshesARestoredBoardAndTheFirstReadDoesNotRefreshItAgain(@TempDir Path dir) {
    FakeTime time = new FakeTime();
    Path file = dir.resolve("restored.json");
    WidgetStateTest.Scripted first = new WidgetStateTest.Scripted("agency", "board-1");
    try (Widget<String> w = restored(time, first, file)) {
      w.read();
    }
    WidgetStateTest.Scripted second = new WidgetStateTest.Scripted("agency", "board-2");
    try (Widget<String> w = restored(time, second, file)) {
      w.prefetch();
      assertThat(second.calls).hasValue(1);
      assertThat(w.read().data()).isEqualTo("board-2");
      assertThat(second.calls).hasValue(1);
    }
  }

  private static Widget<String> restored(FakeTime time, Provider<String> p, Path file) {
    return Widgets.custom("restored", String.class).providers(p).clock(time).ticker(time)
        .executor(Runnable::run).retries(0, Duration.ofMillis(1), Duration.ofMillis(1)).persistTo(file).build();
  }

  @Test
  void wholeNumbersMustBeWholeAndWithinTheirRange() throws Exception {
    JsonNode n = JSON.readTree("{\"max\":2147483647,\"over\":2147483648,\"min\":-2147483648,\"under\":-2147483649,"
        + "\"big\":9000000000000000,\"bigger\":9000000000000002,\"half\":1.5,\"text\":\"7\",\"list\":[1],\"none\":null}");
    assertThat(JsonBodies.integer(n, "max")).isEqualTo(Integer.MAX_VALUE);
    assertThat(JsonBodies.integer(n, "min")).isEqualTo(Integer.MIN_VALUE);
    assertThatThrownBy(() -> JsonBodies.integer(n, "over")).isInstanceOf(UpstreamException.class)
        .hasMessage("over is out of range");
    assertThatThrownBy(() -> JsonBodies.integer(n, "under")).isInstanceOf(UpstreamException.class)
        .hasMessage("under is out of range");
    assertThat(JsonBodies.whole(n, "big")).isEqualTo(9_000_000_000_000_000L);
    assertThatThrownBy(() -> JsonBodies.whole(n, "bigger")).isInstanceOf(UpstreamException.class)
        .hasMessage("bigger is not a whole number");
    assertThatThrownBy(() -> JsonBodies.whole(n, "half")).isInstanceOf(UpstreamException.class)
        .hasMessage("half is not a whole number");
    assertThatThrownBy(() -> JsonBodies.number(n, "text")).isInstanceOf(UpstreamException.class)
        .hasMessage("text is not a number");
    assertThat(JsonBodies.integer(n, "none")).isNull();
    assertThat(JsonBodies.whole(n, "absent")).isNull();
    assertThat(JsonBodies.text(n, "text")).isEqualTo("7");
    assertThat(JsonBodies.text(n, "max")).isEqualTo("2147483647");
    assertThat(JsonBodies.text(n, "list")).isNull();
    assertThat(JsonBodies.text(n, "none")).isNull();
    assertThatThrownBy(() -> JsonBodies.require(n, "max")).isInstanceOf(UpstreamException.class)
        .hasMessage("missing max");
    assertThat(JsonBodies.require(n, "list").isArray()).isTrue();
  }

  @Test
  void onlyTemporaryRefusalsAreWorthARetry() {
    assertThat(UpstreamException.temporary("HTTP 503").retriable()).isTrue();
    assertThat(UpstreamException.temporary("HTTP 503")).hasMessage("HTTP 503");
    assertThat(UpstreamException.invalid("HTTP 404").retriable()).isFalse();
    UpstreamException wrapped = new UpstreamException("not well-formed JSON", new IOException("eof"));
    assertThat(wrapped.retriable()).isFalse();
    assertThat(wrapped).hasCauseInstanceOf(IOException.class);
    assertThat(new UpstreamException("x", true).retriable()).isTrue();
  }
}
