package vn.egov.sdk.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.sdk.testing.Fault;
import vn.egov.sdk.testing.SimulatedUpstream;
import vn.egov.sdk.testing.Upstream;
import vn.egov.sdk.testing.WithSimulatedUpstreams;

/**
 * Every fault against a cold widget (nothing known) and a warm one (a good board known): the status,
 * whether data is kept, that reads are bounded in time, and that nothing technical is rendered.
 */
@WithSimulatedUpstreams
class WidgetFaultMatrixTest {
  /** Generous: the machine is slow; a fetch cycle here is at most 2 attempts of 1 s. */
  private static final Duration BOUND = Duration.ofSeconds(20);

  static Stream<Arguments> matrix() {
    return Stream.of(Fault.values()).flatMap(f -> Stream.of(Arguments.of(f, true), Arguments.of(f, false)));
  }

  @ParameterizedTest(name = "{0}, cold={1}")
  @MethodSource("matrix")
  void faultIsNeverShownAndDataIsKept(Fault fault, boolean cold,
      @Upstream(SimulatedUpstream.Kind.VIETCOMBANK_XML) SimulatedUpstream vcb) throws Exception {
    FakeTime time = new FakeTime();
    try (Widget<ExchangeRateBoard> widget = Fixtures.fx(time, vcb).build()) {
      if (!cold) {
        assertThat(widget.read().status()).isEqualTo(Status.FRESH);
      }
      vcb.resetRequests();
      if (fault == Fault.DELAY) {
        vcb.delay(Duration.ofSeconds(3)); // longer than the 1 s call timeout
      } else {
        vcb.inject(fault);
      }
      time.advance(Duration.ofMinutes(10));

      long start = System.nanoTime();
      Snapshot<ExchangeRateBoard> s = widget.read();
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(took).isLessThan(BOUND);
      Rendered.fx(s);

      if (cold) {
        assertThat(s.status()).isEqualTo(Status.UNAVAILABLE);
        assertThat(s.data()).isNull();
        assertThat(WidgetViews.fxJson(s, vn.egov.sdk.core.Language.VI).get("rates")).asList().isEmpty();
      } else {
        assertThat(s.status()).isEqualTo(Status.STALE);
        assertThat(s.data().rate("USD").orElseThrow().transferBuy()).isEqualByComparingTo("26158.00");
        assertThat(s.age()).isEqualTo(Duration.ofMinutes(10));
        // The refresh runs in the background and fails; the board is kept, still STALE.
        await().atMost(BOUND).until(() -> vcb.requestCount() >= 1);
        await().atMost(BOUND).untilAsserted(() -> {
          Snapshot<ExchangeRateBoard> later = widget.read();
          assertThat(later.status()).isEqualTo(Status.STALE);
          assertThat(later.data()).isEqualTo(s.data());
        });
        assertThat(Rendered.fx(widget.read())).contains("26,158.00", "26.158,00");
      }
    }
  }

  @ParameterizedTest(name = "weather {0}, cold={1}")
  @MethodSource("matrix")
  void weatherFaultIsNeverShownAndDataIsKept(Fault fault, boolean cold,
      @Upstream(SimulatedUpstream.Kind.OPEN_METEO) SimulatedUpstream meteo) throws Exception {
    FakeTime time = new FakeTime();
    try (Widget<WeatherReport> widget = Widgets.weather().clock(time).ticker(time)
        .coldWait(Duration.ofSeconds(10))
        .retries(1, Duration.ofMillis(20), Duration.ofMillis(50))
        .providers(Providers.openMeteo(meteo.baseUrl(), Place.defaults(), Fixtures.FAST_HTTP)).build()) {
      if (!cold) {
        assertThat(widget.read().status()).isEqualTo(Status.FRESH);
      }
      if (fault == Fault.DELAY) {
        meteo.delay(Duration.ofSeconds(3));
      } else {
        meteo.inject(fault);
      }
      time.advance(Duration.ofMinutes(20));

      long start = System.nanoTime();
      Snapshot<WeatherReport> s = widget.read();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
      String rendered = Rendered.weather(s);
      if (cold) {
        assertThat(s.status()).isEqualTo(Status.UNAVAILABLE);
        assertThat(rendered).contains("\"regions\":[]");
      } else {
        assertThat(s.status()).isEqualTo(Status.STALE);
        assertThat(s.data().readings()).hasSize(10);
        assertThat(rendered).contains("Hà Nội", "20 phút", "20 minutes");
      }
    }
  }
}
