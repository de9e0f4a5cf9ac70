package vn.egov.sdk.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fresh, stale and unavailable at their exact boundaries, refresh and failover, with providers
 * scripted here, fake time, and fetches run on the reading thread (so nothing depends on speed).
 */
class WidgetStateTest {
  private static final Duration FRESH_FOR = Duration.ofMinutes(5);
  private static final Duration GRACE = Duration.ofSeconds(30);
  private static final Duration MAX_STALE = Duration.ofHours(1);
  private static final Duration NANO = Duration.ofNanos(1);
  /** Runs every fetch on the thread that asked for it. */
  private static final Executor CALLER = Runnable::run;

  /** Answers from a script, one step per call; the last step repeats. */
  static final class Scripted implements Provider<String>, AutoCloseable {
    /** A step that answers no data (null). */
    static final Object NO_DATA = new Object();
    private final String name;
    private final Deque<Object> steps = new ArrayDeque<>();
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();

    Scripted(String name, Object... script) {
      this.name = name;
      for (Object o : script) {
        steps.add(o);
      }
    }

    @Override
    public String fetch() throws Exception {
      calls.incrementAndGet();
      Object step = steps.size() > 1 ? steps.poll() : steps.peek();
      if (step instanceof Exception e) {
        throw e;
      }
      if (step == NO_DATA) {
        return null;
      }
      return (String) step;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void close() {
      closed.incrementAndGet();
    }
  }

  private static WidgetBuilder<String> widget(FakeTime time, Provider<String> first) {
    return Widgets.custom("state", String.class).providers(first).clock(time).ticker(time).executor(CALLER)
        .freshFor(FRESH_FOR).refreshGrace(GRACE).maxStale(MAX_STALE).coldWait(Duration.ofSeconds(10))
        .retries(0, Duration.ofMillis(1), Duration.ofMillis(1)).fetchBudget(Duration.ofSeconds(30))
        .circuitBreaker(100, Duration.ofSeconds(1));
  }

  @Test
  void dataIsFreshUpToFreshForPlusTheGraceWhileNoRefreshHasFailed() {
    FakeTime time = new FakeTime();
    Scripted p = new Scripted("agency", "board-1");
    try (Widget<String> w = widget(time, p).build()) {
      Snapshot<String> first = w.read();
      assertThat(first.status()).isEqualTo(Status.FRESH);
      assertThat(first.data()).isEqualTo("board-1");
      assertThat(first.provider()).isEqualTo("agency");
      assertThat(first.fetchedAt()).isEqualTo(time.instant());
      assertThat(first.age()).isZero();
      time.advance(FRESH_FOR);
      assertThat(w.peek().status()).isEqualTo(Status.FRESH);
      assertThat(w.peek().age()).isEqualTo(FRESH_FOR);
      time.advance(GRACE);
      assertThat(w.peek().status()).isEqualTo(Status.FRESH);
      time.advance(NANO);
      Snapshot<String> stale = w.peek();
      assertThat(stale.status()).isEqualTo(Status.STALE);
      assertThat(stale.data()).isEqualTo("board-1");
      assertThat(p.calls).hasValue(1);
    }
  }

  @Test
  void staleDataIsShownUpToMaxStaleAndThenIsUnavailable() {
    FakeTime time = new FakeTime();
    try (Widget<String> w = widget(time, new Scripted("agency", "board-1")).build()) {
      w.read();
      time.advance(MAX_STALE);
      assertThat(w.peek().status()).isEqualTo(Status.STALE);
      assertThat(w.peek().age()).isEqualTo(MAX_STALE);
      time.advance(NANO);
      Snapshot<String> gone = w.peek();
      assertThat(gone.status()).isEqualTo(Status.UNAVAILABLE);
      assertThat(gone.data()).isNull();
      assertThat(gone.provider()).isEqualTo("agency");
    }
  }

  @Test
  void aClockThatWentBackShowsAgeZeroNotANegativeAge() {
    FakeTime time = new FakeTime();
    try (Widget<String> w = widget(time, new Scripted("agency", "board-1")).build()) {
      w.read();
      time.advance(Duration.ofMinutes(-3));
      Snapshot<String> s = w.peek();
      assertThat(s.age()).isZero();
      assertThat(s.status()).isEqualTo(Status.FRESH);
    }
  }

  @Test
  void aFailedRefreshKeepsTheLastGoodDataAndMarksItStaleAtOnce() {
    FakeTime time = new FakeTime();
    Scripted p = new Scripted("agency", "board-1", new IOException("down"));
    try (Widget<String> w = widget(time, p).build()) {
      assertThat(w.read().data()).isEqualTo("board-1");
      time.advance(FRESH_FOR.plusSeconds(1)); // within the grace, but the refresh fails
      w.read(); // starts the refresh, which runs (and fails) at once here
      Snapshot<String> s = w.read();
      assertThat(p.calls).hasValue(2);
      assertThat(s.status()).isEqualTo(Status.STALE);
      assertThat(s.data()).isEqualTo("board-1");
      assertThat(s.age()).isEqualTo(FRESH_FOR.plusSeconds(1));
      assertThat(s.notice().in(vn.egov.sdk.core.Language.EN)).contains("5 minutes");
    }
  }

  @Test
  void aSuccessfulRefreshReplacesTheDataAndResetsItsAge() {
    FakeTime time = new FakeTime();
    Scripted p = new Scripted("agency", "board-1", "board-2");
    try (Widget<String> w = widget(time, p).build()) {
      w.read();
      time.advance(FRESH_FOR);
      assertThat(w.read().data()).isEqualTo("board-1");
      assertThat(p.calls).as("not refreshed before freshFor has passed").hasValue(1);
      time.advance(Duration.ofSeconds(1));
      w.read(); // starts the refresh, which runs at once here
      Snapshot<String> s = w.read();
      assertThat(s.data()).isEqualTo("board-2");
      assertThat(s.age()).isZero();
      assertThat(s.status()).isEqualTo(Status.FRESH);
      assertThat(p.calls).hasValue(2);
    }
  }

  @Test
  void refreshesKeepComingOncePerFreshForAfterTheLatestAttempt() {
    FakeTime time = new FakeTime();
    Scripted p = new Scripted("agency", "board-1", "board-2", new IOException("down"), "board-4");
    try (Widget<String> w = widget(time, p).build()) {
      w.read();
      for (int round = 2; round <= 4; round++) {
        time.advance(FRESH_FOR);
        w.read();
        assertThat(p.calls).as("no refresh at exactly freshFor, round %d", round).hasValue(round - 1);
        time.advance(NANO);
        w.read(); // starts the refresh, which runs at once here
        w.read();
        assertThat(p.calls).as("one refresh just after freshFor, round %d", round).hasValue(round);
      }
      assertThat(w.read().data()).isEqualTo("board-4");
    }
  }

  @Test
  void aFreshForBeyondWhatNanosecondsCanHoldNeverRefreshes() {
    FakeTime time = new FakeTime();
    Scripted p = new Scripted("agency", "board-1", "board-2");
    Duration centuries = Duration.ofDays(365L * 400);
    try (Widget<String> w = widget(time, p).freshFor(centuries).maxStale(centuries).build()) {
      w.read();
      time.advance(Duration.ofDays(365L * 100));
      Snapshot<String> s = w.read();
      w.read();
      assertThat(s.status()).isEqualTo(Status.FRESH);
      assertThat(p.calls).hasValue(1);
    }
  }

  @Test
  void aFetchThatEndsAfterCloseWritesNothingToThePersistedFile(@TempDir Path dir) throws Exception {
    // was: a refresh still running at close() saved its board afterwards, into a directory the
    // caller was already deleting (WidgetBehaviourTest's temporary directory, on a loaded machine)
    Path file = dir.resolve("widgets").resolve("board.json");
    java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    Provider<String> slowSecond = new Provider<>() {
      @Override
      public String fetch() throws Exception {
        if (calls.incrementAndGet() == 1) {
          return "board-1";
        }
        entered.countDown();
        release.await();
        return "board-2";
      }

      @Override
      public String name() {
        return "agency";
      }
    };
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      FakeTime time = new FakeTime();
      Widget<String> w = widget(time, slowSecond).executor(pool).persistTo(file).build();
      assertThat(w.read().data()).isEqualTo("board-1");
      String saved = Files.readString(file);
      time.advance(FRESH_FOR.plus(NANO));
      w.read(); // starts the refresh on the pool; it waits in the provider
      assertThat(entered.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      w.close();
      release.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(calls).hasValue(2);
      assertThat(Files.readString(file)).isEqualTo(saved);
      try (var files = Files.list(file.getParent())) {
        assertThat(files).containsExactly(file);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedFirstLoadIsUnavailableAndTheNextReadTriesAgain() {
    FakeTime time = new FakeTime();
    Scripted p = new Scripted("agency", new IOException("down"), "board-1");
    try (Widget<String> w = widget(time, p).build()) {
      Snapshot<String> none = w.read();
      assertThat(none.status()).isEqualTo(Status.UNAVAILABLE);
      assertThat(none.provider()).isEqualTo("agency");
      assertThat(w.peek().status()).isEqualTo(Status.UNAVAILABLE);
      Snapshot<String> later = w.read();
      assertThat(later.status()).isEqualTo(Status.FRESH);
      assertThat(later.data()).isEqualTo("board-1");
      assertThat(p.calls).hasValue(2);
    }
  }

  @Test
  void providersAreTriedInOrderAndAnEmptyAnswerCountsAsNoData() {
    FakeTime time = new FakeTime();
    Scripted empty = new Scripted("first", Scripted.NO_DATA);
    Scripted failing = new Scripted("second", new UpstreamException("html page", false));
    Scripted good = new Scripted("third", "board-3");
    try (Widget<String> w = widget(time, empty).addProvider(failing).addProvider(good).build()) {
      Snapshot<String> s = w.read();
      assertThat(s.provider()).isEqualTo("third");
      assertThat(s.data()).isEqualTo("board-3");
      assertThat(empty.calls).hasValue(1);
      assertThat(failing.calls).hasValue(1);
      assertThat(good.calls).hasValue(1);
    }
    assertThat(empty.closed).hasValue(1);
    assertThat(good.closed).hasValue(1);
  }

  @Test
  void whenEveryProviderFailsTheFirstIsNamed() {
    FakeTime time = new FakeTime();
    try (Widget<String> w = widget(time, new Scripted("first", new IOException("a")))
        .addProvider(new Scripted("second", new IOException("b"))).build()) {
      Snapshot<String> s = w.read();
      assertThat(s.status()).isEqualTo(Status.UNAVAILABLE);
      assertThat(s.provider()).isEqualTo("first");
      assertThat(w.readNow().provider()).isEqualTo("first");
    }
  }

  @Test
  void transportFailuresAndTemporaryRefusalsAreRetriedButInvalidAnswersAreNot() {
    FakeTime time = new FakeTime();
    Scripted io = new Scripted("io", new IOException("reset"), new IOException("reset"), "board");
    try (Widget<String> w = widget(time, io).retries(2, Duration.ofMillis(1), Duration.ofMillis(4)).build()) {
      assertThat(w.read().data()).isEqualTo("board");
      assertThat(io.calls).hasValue(3);
    }
    Scripted busy = new Scripted("busy", UpstreamException.temporary("HTTP 503"), "board");
    try (Widget<String> w = widget(time, busy).retries(1, Duration.ofMillis(1), Duration.ofMillis(1)).build()) {
      assertThat(w.read().data()).isEqualTo("board");
      assertThat(busy.calls).hasValue(2);
    }
    Scripted invalid = new Scripted("invalid", UpstreamException.invalid("not a board"), "board");
    try (Widget<String> w = widget(time, invalid).retries(3, Duration.ofMillis(1), Duration.ofMillis(1)).build()) {
      assertThat(w.read().status()).isEqualTo(Status.UNAVAILABLE);
      assertThat(invalid.calls).hasValue(1);
    }
    Scripted bug = new Scripted("bug", new IllegalStateException("bug"), "board");
    try (Widget<String> w = widget(time, bug).retries(3, Duration.ofMillis(1), Duration.ofMillis(1)).build()) {
      assertThat(w.read().status()).isEqualTo(Status.UNAVAILABLE);
      assertThat(bug.calls).hasValue(1);
    }
  }

  @Test
  void theCircuitBreakerOpensAfterItsThresholdOfFailures() {
    FakeTime time = new FakeTime();
    Scripted p = new Scripted("agency", new IOException("down"));
    try (Widget<String> w = widget(time, p).circuitBreaker(3, Duration.ofMinutes(10)).build()) {
      for (int i = 0; i < 6; i++) {
        assertThat(w.read().status()).isEqualTo(Status.UNAVAILABLE);
      }
      assertThat(p.calls).hasValue(3);
    }
  }

  @Test
  void prefetchLoadsWhenNothingIsKnownAndRefreshesWhenDataIsKnown() {
    FakeTime time = new FakeTime();
    Scripted p = new Scripted("agency", "board-1", "board-2");
    try (Widget<String> w = widget(time, p).build()) {
      w.prefetch();
      assertThat(p.calls).hasValue(1);
      assertThat(w.peek().data()).isEqualTo("board-1");
      time.advance(Duration.ofMinutes(1));
      w.prefetch(); // still fresh, refreshed all the same
      assertThat(p.calls).hasValue(2);
      assertThat(w.peek().data()).isEqualTo("board-2");
      assertThat(w.peek().age()).isZero();
    }
  }

  @Test
  void aClosedWidgetIsUnavailableFetchesNothingAndClosesItsProvidersOnce() {
    FakeTime time = new FakeTime();
    Scripted p = new Scripted("agency", "board-1");
    Widget<String> w = widget(time, p).build();
    assertThat(w.read().status()).isEqualTo(Status.FRESH);
    w.close();
    w.close();
    assertThat(p.closed).hasValue(1);
    assertThat(w.read().status()).isEqualTo(Status.UNAVAILABLE);
    assertThat(w.readNow().status()).isEqualTo(Status.UNAVAILABLE);
    assertThat(w.peek().status()).isEqualTo(Status.UNAVAILABLE);
    assertThat(w.peek().provider()).isEqualTo("agency");
    w.prefetch();
    assertThat(p.calls).hasValue(1);
    assertThat(w.name()).isEqualTo("state");
  }

  @Test
  void anExecutorThatRefusesWorkLeavesTheFetchToTheReader() {
    FakeTime time = new FakeTime();
    Executor refusing = task -> {
      throw new RejectedExecutionException("full");
    };
    Scripted p = new Scripted("agency", "board-1");
    try (Widget<String> w = widget(time, p).executor(refusing).build()) {
      assertThat(w.read().data()).isEqualTo("board-1");
    }
  }

  @Test
  void persistedDataIsShownWithItsAgeAndRefreshedOnTheFirstRead(@TempDir Path dir) {
    FakeTime time = new FakeTime();
    Path file = dir.resolve("state.json");
    try (Widget<String> w = widget(time, new Scripted("agency", "board-1")).persistTo(file).build()) {
      assertThat(w.read().data()).isEqualTo("board-1");
    }
    time.advance(Duration.ofMinutes(2));
    Scripted down = new Scripted("agency", new IOException("down"));
    try (Widget<String> w = widget(time, down).persistTo(file).build()) {
      Snapshot<String> peeked = w.peek();
      assertThat(peeked.data()).isEqualTo("board-1");
      assertThat(peeked.age()).isEqualTo(Duration.ofMinutes(2));
      assertThat(down.calls).hasValue(0);
      Snapshot<String> s = w.read();
      assertThat(down.calls).as("refreshed at once, not after freshFor").hasValue(1);
      assertThat(s.data()).isEqualTo("board-1");
      assertThat(s.status()).isEqualTo(Status.FRESH); // 2 minutes old: still within freshFor
      w.read();
      assertThat(down.calls).as("only the first read refreshes early").hasValue(1);
    }
    // restored data has no successful refresh behind it: fresh up to freshFor exactly, not in the grace
    time.advance(FRESH_FOR.minusMinutes(2));
    try (Widget<String> w = widget(time, new Scripted("agency", new IOException("down"))).persistTo(file).build()) {
      assertThat(w.peek().age()).isEqualTo(FRESH_FOR);
      assertThat(w.peek().status()).isEqualTo(Status.FRESH);
      time.advance(NANO);
      assertThat(w.peek().status()).isEqualTo(Status.STALE);
    }
  }

  @Test
  void buildersCheckEveryBoundary() {
    WidgetBuilder<String> b = Widgets.custom("agency", String.class);
    assertThat(b.retries(10, Duration.ofMillis(5), Duration.ofMillis(5))).isSameAs(b);
    assertThat(b.retries(0, Duration.ofMillis(5), Duration.ofMillis(6))).isSameAs(b);
    assertThatThrownBy(() -> b.retries(11, Duration.ofMillis(1), Duration.ofMillis(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("retries must be within 0..10, was 11");
    assertThatThrownBy(() -> b.retries(-1, Duration.ofMillis(1), Duration.ofMillis(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("retries must be within 0..10, was -1");
    assertThatThrownBy(() -> b.retries(1, Duration.ofMillis(2), Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("backoff max must not be below min");
    assertThatThrownBy(() -> b.retries(1, Duration.ZERO, Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("backoff min must be positive, was PT0S");
    assertThatThrownBy(() -> b.retries(1, Duration.ofMillis(1), Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("backoff max must be positive, was PT-0.001S");
    assertThat(b.circuitBreaker(1, Duration.ofSeconds(1))).isSameAs(b);
    assertThatThrownBy(() -> b.circuitBreaker(0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("circuit breaker failures must be at least 1, was 0");
    assertThatThrownBy(() -> b.circuitBreaker(1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("circuit breaker delay must be positive, was PT0S");
    assertThat(b.refreshGrace(Duration.ZERO)).isSameAs(b);
    assertThat(b.coldWait(Duration.ZERO)).isSameAs(b);
    assertThatThrownBy(() -> b.refreshGrace(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("refreshGrace must not be negative, was PT-1S");
    assertThatThrownBy(() -> b.coldWait(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("coldWait must not be negative, was PT-1S");
    assertThatThrownBy(() -> b.fetchBudget(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("fetchBudget must be positive, was PT-1S");
    assertThatThrownBy(() -> b.maxStale(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxStale must be positive, was PT0S");
    assertThatThrownBy(() -> b.freshFor(null)).isInstanceOf(NullPointerException.class).hasMessage("freshFor");
    assertThat(b.name("a".repeat(40))).isSameAs(b);
    assertThatThrownBy(() -> b.name("a".repeat(41)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("name must be 1-40 letters");
    assertThatThrownBy(() -> b.name("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.providers()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("providers: at least one provider is needed");
    assertThatThrownBy(() -> Widgets.custom("agency", String.class).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("agency: at least one provider is needed");
    // maxStale equal to freshFor is allowed; shorter is not
    Provider<String> p = () -> "x";
    try (Widget<String> w = Widgets.custom("same", String.class).providers(p).executor(CALLER)
        .freshFor(Duration.ofMinutes(5)).maxStale(Duration.ofMinutes(5)).build()) {
      assertThat(w.read().data()).isEqualTo("x");
    }
    assertThatThrownBy(() -> Widgets.custom("short", String.class).providers(p)
        .freshFor(Duration.ofMinutes(5)).maxStale(Duration.ofMinutes(4)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("short: maxStale (PT4M) must not be shorter than freshFor (PT5M)");
  }
}
