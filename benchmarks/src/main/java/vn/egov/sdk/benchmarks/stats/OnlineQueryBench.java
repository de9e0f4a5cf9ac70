package vn.egov.sdk.benchmarks.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import vn.egov.sdk.stats.PageViewBatch;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.StatsStores;
import vn.egov.sdk.stats.VisitorActivity;
import vn.egov.sdk.stats.VisitorCounter;
import vn.egov.sdk.stats.VisitorTotals;

/**
 * The cost of reading the visitor figures ({@code GET /api/visitors}) from the embedded SQLite store with
 * 1,000 and with 100,000 visitors online: counting presence is a range count over the last-seen index.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OnlineQueryBench {
  @Param({"1000", "100000"})
  public int activeVisitors;

  private Path dir;
  private StatsStore store;
  private VisitorCounter counter;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("egov-stats-online");
    store = StatsStores.embedded(dir);
    Instant now = Instant.now();
    LocalDate today = LocalDate.ofInstant(now, VisitorCounter.ZONE);
    List<VisitorActivity> visitors = new ArrayList<>(activeVisitors);
    for (int i = 0; i < activeVisitors; i++) {
      Instant seen = now.minusMillis(i % 120_000);
      visitors.add(new VisitorActivity(String.format("visitor-%07d", i), i % 10 == 0, seen, seen,
          today, today, 1));
    }
    store.apply(new PageViewBatch(UUID.randomUUID().toString(), activeVisitors, Map.of("/", (long) activeVisitors),
        visitors, Map.of(), VisitorCounter.VISIT_IDLE, now.minus(Duration.ofHours(1)), today.minusDays(2)));
    counter = VisitorCounter.builder(store).build();
    if (counter.stats().onlineTotal() != activeVisitors) {
      throw new IllegalStateException("setup failed: " + counter.stats());
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    counter.close();
    store.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** The store's query itself ({@link VisitorCounter#stats()} reuses its result for a second). */
  @Benchmark
  public VisitorTotals visitorFigures() {
    Instant now = Instant.now();
    return store.visitorTotals(now.minus(VisitorCounter.DEFAULT_ONLINE_WINDOW),
        LocalDate.ofInstant(now, VisitorCounter.ZONE));
  }
}
