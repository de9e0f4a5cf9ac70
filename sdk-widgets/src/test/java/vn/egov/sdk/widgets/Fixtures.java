package vn.egov.sdk.widgets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.egov.sdk.testing.SimulatedUpstream;

/** Test fixtures and widgets configured for tests: short timeouts, fake time. */
final class Fixtures {
  static final HttpSettings FAST_HTTP = HttpSettings.defaults()
      .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));

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

  /** An exchange-rate widget on the given simulators with fast, bounded settings. */
  static WidgetBuilder<ExchangeRateBoard> fx(FakeTime time, SimulatedUpstream... simulators) {
    WidgetBuilder<ExchangeRateBoard> b = Widgets.exchangeRates()
        .clock(time).ticker(time)
        .coldWait(Duration.ofSeconds(10))
        .retries(1, Duration.ofMillis(20), Duration.ofMillis(50))
        .fetchBudget(Duration.ofSeconds(8))
        .circuitBreaker(50, Duration.ofSeconds(1));
    boolean first = true;
    for (SimulatedUpstream s : simulators) {
      Provider<ExchangeRateBoard> p = s.kind() == SimulatedUpstream.Kind.VIETCOMBANK_XML
          ? Providers.vietcombankXml(s.baseUrl(), FAST_HTTP)
          : Providers.vietcombankJson(s.baseUrl(), FAST_HTTP, time);
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
