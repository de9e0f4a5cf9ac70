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
 * whether data is kept, that reads are bounded in time, and that nothing technical is rendered. The good
 * board is fetched with patient timeouts; once the fault is injected the widget fetches with 1 s
 * timeouts, and a "slow" upstream answers only after {@link Fixtures#NEVER_IN_TIME}, so that giving up
 * never races the delay, however busy the machine.
 */
@WithSimulatedUpstreams
class WidgetFaultMatrixTest {
  /** A cold read waits at most this long for a fetch that fails (2 attempts of 1 s here). */
  private static final Duration COLD_WAIT = Duration.ofSeconds(30);
  /** Generous: the machine is slow; beyond the cold wait, so a read that waits it out still passes. */
  private static final Duration BOUND = Duration.ofSeconds(60);

  static Stream<Arguments> matrix() {
    return Stream.of(Fault.values()).flatMap(f -> Stream.of(Arguments.of(f, true), Arguments.of(f, false)));
  }

  @ParameterizedTest(name = "{0}, cold={1}")
  @MethodSource("matrix")
  void faultIsNeverShownAndDataIsKept(Fault fault, boolean cold,
      @Upstream(SimulatedUpstream.Kind.VIETCOMBANK_XML) SimulatedUpstream vcb) throws Exception {
    FakeTime time = new FakeTime();
    TestProviders.Switching<ExchangeRateBoard> provider = new TestProviders.Switching<>(
        Providers.vietcombankXml(vcb.baseUrl(), Fixtures.HTTP),
        Providers.vietcombankXml(vcb.baseUrl(), Fixtures.IMPATIENT_HTTP));
    try (Widget<ExchangeRateBoard> widget = Fixtures.fx(time, vcb).coldWait(COLD_WAIT).providers(provider).build()) {
      if (!cold) {
        assertThat(widget.read().status()).isEqualTo(Status.FRESH);
      }
      vcb.resetRequests();
      provider.giveUpSooner();
      if (fault == Fault.DELAY) {
        vcb.delay(Fixtures.NEVER_IN_TIME); // far longer than the 1 s call timeout
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
    TestProviders.Switching<WeatherReport> provider = new TestProviders.Switching<>(
        Providers.openMeteo(meteo.baseUrl(), Place.defaults(), Fixtures.HTTP),
        Providers.openMeteo(meteo.baseUrl(), Place.defaults(), Fixtures.IMPATIENT_HTTP));
    try (Widget<WeatherReport> widget = Widgets.weather().clock(time).ticker(time)
        .coldWait(COLD_WAIT)
        .retries(1, Duration.ofMillis(20), Duration.ofMillis(50))
        .providers(provider).build()) {
      if (!cold) {
        assertThat(widget.read().status()).isEqualTo(Status.FRESH);
      }
      provider.giveUpSooner();
      if (fault == Fault.DELAY) {
        meteo.delay(Fixtures.NEVER_IN_TIME);
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
