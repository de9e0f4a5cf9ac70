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
import vn.egov.sdk.widgets.Provider;
import vn.egov.sdk.widgets.Providers;

/**
 * The 2013 way: fetch and parse the board on every page view, no cache. Against a healthy local
 * simulator; and against a black hole with a short 100 ms call timeout (so each read costs that
 * timeout and the run stays bounded; with the default timeouts each read would take seconds).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NaiveFetchBenchmark {
  @Param({"healthy", "blackhole"})
  public String upstream;

  private SimulatedUpstream vcb;
  private Provider<ExchangeRateBoard> provider;

  @Setup(Level.Trial)
  public void setUp() {
    vcb = SimulatedUpstream.start(SimulatedUpstream.Kind.VIETCOMBANK_XML);
    Duration timeout = upstream.equals("blackhole") ? Duration.ofMillis(100) : Duration.ofSeconds(1);
    provider = Providers.vietcombankXml(vcb.baseUrl(), HttpSettings.defaults().withTimeouts(timeout, timeout, timeout));
    if (upstream.equals("blackhole")) {
      vcb.inject(Fault.BLACK_HOLE);
    }
  }

  /** Returns the board, or null when the fetch failed (as a naive page would print an error). */
  @Benchmark
  public ExchangeRateBoard fetchPerRequest() {
    try {
      return provider.fetch();
    } catch (Exception e) {
      return null;
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    if (provider instanceof AutoCloseable c) {
      c.close();
    }
    vcb.close();
  }
}
