package vn.egov.sdk.benchmarks.widgets;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.egov.sdk.testing.Fault;
import vn.egov.sdk.testing.SimulatedUpstream;
import vn.egov.sdk.widgets.ExchangeRateBoard;
import vn.egov.sdk.widgets.HttpSettings;
import vn.egov.sdk.widgets.Providers;
import vn.egov.sdk.widgets.Snapshot;
import vn.egov.sdk.widgets.Status;
import vn.egov.sdk.widgets.Widget;
import vn.egov.sdk.widgets.Widgets;

/**
 * Read latency of the exchange-rate widget against a local simulated Vietcombank board: healthy, and
 * during a black hole (the upstream accepts and never answers). Data counts as fresh for 1 s only, so
 * background refreshes (and, in the black hole, stuck refreshes) keep happening while readers read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WidgetReadBenchmark {
  @Param({"healthy", "blackhole"})
  public String upstream;

  private SimulatedUpstream vcb;
  private Widget<ExchangeRateBoard> widget;

  @Setup(Level.Trial)
  public void setUp() throws InterruptedException {
    vcb = SimulatedUpstream.start(SimulatedUpstream.Kind.VIETCOMBANK_XML);
    HttpSettings http = HttpSettings.defaults()
        .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    widget = Widgets.exchangeRates()
        .providers(Providers.vietcombankXml(vcb.baseUrl(), http))
        .freshFor(Duration.ofSeconds(1))
        .refreshGrace(Duration.ZERO)
        .coldWait(Duration.ofSeconds(10))
        .build();
    for (int i = 0; i < 100 && widget.read().status() != Status.FRESH; i++) {
      Thread.sleep(100);
    }
    if (widget.read().status() != Status.FRESH) {
      throw new IllegalStateException("the widget did not warm up against the simulator");
    }
    if (upstream.equals("blackhole")) {
      vcb.inject(Fault.BLACK_HOLE);
    }
  }

  @Benchmark
  public Snapshot<ExchangeRateBoard> read() {
    return widget.read();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    widget.close();
    vcb.close();
  }
}
