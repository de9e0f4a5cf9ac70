package vn.egov.sdk.widgets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.egov.sdk.testing.SimulatedUpstream;

/**
 * Test fixtures and widgets configured for tests: fake time, and timeouts that do not depend on how
 * fast the machine is (long where an answer is expected, short only against an upstream that never
 * answers in time).
 */
final class Fixtures {
  /**
   * For fetches that must succeed: 30 s, far beyond any delay a test injects for a fetch that must
   * succeed (at most 1 s) plus the pauses of a loaded machine. With fake time a failed refresh is not
   * retried, so a timeout here would never be made good.
   */
  static final HttpSettings HTTP = HttpSettings.defaults()
      .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
  /** For fetches that must give up: 1 s, only against {@link #NEVER_IN_TIME} or a black hole. */
  static final HttpSettings IMPATIENT_HTTP = HttpSettings.defaults()
      .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
  /** A "slow upstream" delay no {@link #IMPATIENT_HTTP} client waits out, however slow the machine. */
  static final Duration NEVER_IN_TIME = Duration.ofMinutes(2);
  /**
   * The same as {@link #HTTP}, kept for tests written against it: its former 1 s timeouts made tests
   * fail on a busy machine (a 500 ms delayed answer came after the timeout).
   */
  static final HttpSettings FAST_HTTP = HTTP;

  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /**
   * An exchange-rate widget on the given simulators with bounded settings: a cold read waits up to
   * 60 s (it returns as soon as the fetch ends), a fetch cycle (2 attempts of at most 30 s) up to 60 s.
   */
  static WidgetBuilder<ExchangeRateBoard> fx(FakeTime time, SimulatedUpstream... simulators) {
    WidgetBuilder<ExchangeRateBoard> b = Widgets.exchangeRates()
        .clock(time).ticker(time)
        .coldWait(Duration.ofSeconds(60))
        .retries(1, Duration.ofMillis(20), Duration.ofMillis(50))
        .fetchBudget(Duration.ofSeconds(60))
        .circuitBreaker(50, Duration.ofSeconds(1));
    boolean first = true;
    for (SimulatedUpstream s : simulators) {
      Provider<ExchangeRateBoard> p = s.kind() == SimulatedUpstream.Kind.VIETCOMBANK_XML
          ? Providers.vietcombankXml(s.baseUrl(), HTTP)
          : Providers.vietcombankJson(s.baseUrl(), HTTP, time);
      if (first) {
        b.providers(p);
        first = false;
      } else {
        b.addProvider(p);
      }
    }
    return b;
  }
}
