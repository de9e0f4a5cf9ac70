package vn.egov.sdk.benchmarks.stats;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.egov.sdk.stats.PageView;
import vn.egov.sdk.stats.PageViewBatch;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.StatsStores;
import vn.egov.sdk.stats.VisitorActivity;
import vn.egov.sdk.stats.VisitorCounter;

/**
 * What one page view costs the request that records it: the {@link VisitorCounter} (in-memory
 * aggregate, flushed in the background to the embedded SQLite store) against writing every hit
 * synchronously to a store (embedded SQLite, a durable commit each; Redis on {@code EGOV_TEST_REDIS_URL} or 127.0.0.1:6379) and
 * against a bare {@link LongAdder}, the floor of any counter. The buffered run also reports the heap
 * per tracked visitor ({@link Memory}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PageViewRecordingBench {

  /** 4,096 visitors over 64 pages, taken in turn. */
  @State(Scope.Thread)
  public static class Views {
    private static final int VISITORS = 4096;
    private final PageView[] views = new PageView[VISITORS];
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
      for (int i = 0; i < VISITORS; i++) {
        views[i] = PageView.guest("visitor-" + i, "/tin-tuc/" + (i % 64));
      }
    }

    PageView next() {
      PageView v = views[next];
      next = (next + 1) & (VISITORS - 1);
      return v;
    }
  }

  /** A store in a temporary directory or under a random Redis key prefix, removed afterwards. */
  public abstract static class StoreState {
    Path dir;
    StatsStore store;

    @Setup(Level.Trial)
    public void open() throws IOException {
      dir = Files.createTempDirectory("egov-stats-bench");
      store = create(dir);
    }

    abstract StatsStore create(Path directory);

    @TearDown(Level.Trial)
    public void close() throws IOException {
      store.close();
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @State(Scope.Benchmark)
  public static class Embedded extends StoreState {
    @Override
    StatsStore create(Path directory) {
      return StatsStores.embedded(directory);
    }
  }

  @State(Scope.Benchmark)
  public static class Redis extends StoreState {
    @Override
    StatsStore create(Path directory) {
      String base = System.getenv().getOrDefault("EGOV_TEST_REDIS_URL", "redis://127.0.0.1:6379");
      return StatsStores.open(base + "?prefix=egov:bench:" + UUID.randomUUID().toString().substring(0, 8) + ":");
    }
  }

  @State(Scope.Benchmark)
  public static class Buffered extends StoreState {
    VisitorCounter counter;

    @Override
    StatsStore create(Path directory) {
      StatsStore s = StatsStores.embedded(directory);
      counter = VisitorCounter.builder(s).build();
      return s;
    }

    @TearDown(Level.Trial)
    public void stop() {
      counter.close();
    }
  }

  /**
   * Memory per visitor tracked between two flushes: the heap a counter's buffer holds for 100,000
   * distinct visitors, divided by 100,000, measured once at set-up. JMH sums event counters over the
   * iterations, so every call adds the figure and one call: the ratio
   * {@code stats.bytesPerTrackedVisitor} ({@code heapBytes / calls}) is the measured figure.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Memory {
    private static final int TRACKED = 100_000;
    public double heapBytes;
    public long calls;
    private double measured;

    @Setup(Level.Trial)
    public void measure() throws InterruptedException {
      PageView[] views = new PageView[TRACKED];
      for (int i = 0; i < TRACKED; i++) {
        views[i] = PageView.guest(String.format("visitor-%07d", i), "/");
      }
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      try (VisitorCounter probe = VisitorCounter.builder(StatsStores.inMemory())
          .flushInterval(Duration.ofMinutes(10)).capacity(TRACKED * 2).build()) {
        long before = usedAfterGc(memory);
        for (PageView v : views) {
          probe.record(v);
        }
        long after = usedAfterGc(memory);
        if (probe.pending() < TRACKED) {
          throw new IllegalStateException("the probe lost visitors");
        }
        measured = (after - before) / (double) TRACKED;
      }
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
      for (int i = 0; i < 3; i++) {
        System.gc();
        Thread.sleep(50);
      }
      return memory.getHeapMemoryUsage().getUsed();
    }

    void count() {
      heapBytes += measured;
      calls++;
    }
  }

  @State(Scope.Benchmark)
  public static class Floor {
    final LongAdder adder = new LongAdder();
  }

  /** One page view as its own batch: what a counter without buffering writes per hit. */
  static PageViewBatch singleHit(PageView v) {
    Instant now = Instant.now();
    LocalDate today = LocalDate.ofInstant(now, VisitorCounter.ZONE);
    return new PageViewBatch(UUID.randomUUID().toString(), 1, Map.of(v.path(), 1L),
        List.of(new VisitorActivity(v.visitorId(), false, now, now, today, today, 1)), Map.of(),
        VisitorCounter.VISIT_IDLE, now.minus(Duration.ofHours(1)), today.minusDays(2));
  }

  @Benchmark
  public boolean bufferedCounter(Buffered s, Views views, Memory memory) {
    memory.count();
    return s.counter.record(views.next());
  }

  @Benchmark
  public void syncEmbeddedWrite(Embedded s, Views views) {
    s.store.apply(singleHit(views.next()));
  }

  @Benchmark
  public void syncRedisWrite(Redis s, Views views) {
    s.store.apply(singleHit(views.next()));
  }

  @Benchmark
  public PageView longAdderFloor(Floor f, Views views) {
    f.adder.increment();
    return views.next();
  }
}
