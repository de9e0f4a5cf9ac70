package vn.egov.sdk.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.egov.sdk.stats.internal.PageViewBuffer;

/**
 * Counts page views and reports the visitor figures. {@link #record} only aggregates in memory (no
 * I/O on the caller's thread); a background task flushes the aggregate to the {@link StatsStore}
 * every {@code flushInterval}. The buffer is bounded: when it is full (the store has been down for a
 * long time, say) further page views of new visitors or new paths are refused and counted
 * ({@link #overflowed()}), and one warning is logged per such episode; recording never blocks.
 * Batches the store refuses are kept (within the same bound) and delivered in order when it answers
 * again.
 *
 * <p>Crash contract: page views recorded since the last successful flush live only in memory; a
 * crash loses at most one flush interval of them (plus whatever was waiting for an unreachable
 * store). {@link #close()} flushes.
 *
 * <p>Reported figures come from the store, so every node sharing it reports the same; they lag the
 * page views by at most one flush interval (plus {@code statsTtl}, for figures read on other nodes).
 */
public final class VisitorCounter implements AutoCloseable {
  /** A page view after this long without any starts a new visit. */
  public static final Duration VISIT_IDLE = Duration.ofMinutes(30);
  public static final Duration DEFAULT_ONLINE_WINDOW = Duration.ofMinutes(5);
  public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofSeconds(2);
  public static final int DEFAULT_CAPACITY = 200_000;
  public static final Duration DEFAULT_STATS_TTL = Duration.ofSeconds(1);
  /** "Today" is a day in Vietnam. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final Logger log = LoggerFactory.getLogger(VisitorCounter.class);

  private final StatsStore store;
  private final Clock clock;
  private final Duration onlineWindow;
  private final PageViewBuffer buffer;
  private final Deque<PageViewBatch> undelivered = new ArrayDeque<>();
  private final LongAdder overflowed = new LongAdder();
  private final AtomicBoolean overflowing = new AtomicBoolean();
  private final ScheduledExecutorService ownScheduler;
  private final ScheduledFuture<?> schedule;
  private final Object flushLock = new Object();
  private final Duration statsTtl;
  private volatile Snapshot snapshot;
  private boolean storeDown;
  private volatile boolean closed;

  private VisitorCounter(Builder b) {
    this.store = b.store;
    this.clock = b.clock;
    this.onlineWindow = b.onlineWindow;
    this.statsTtl = b.statsTtl;
    this.buffer = new PageViewBuffer(b.capacity, VISIT_IDLE, ZONE);
    ScheduledExecutorService scheduler = b.scheduler;
    if (scheduler == null) {
      ownScheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "egov-stats-flush");
        t.setDaemon(true);
        return t;
      });
      scheduler = ownScheduler;
    } else {
      ownScheduler = null;
    }
    long every = b.flushInterval.toMillis();
    this.schedule = scheduler.scheduleWithFixedDelay(this::flushQuietly, every, every,
        TimeUnit.MILLISECONDS);
  }

  public static Builder builder(StatsStore store) {
    return new Builder(store);
  }

  /**
   * Counts one page view now. Never does I/O, never blocks, never throws for a full buffer.
   *
   * @return false when the page view was refused because the buffer is full (it is counted in
   *     {@link #overflowed()}) or the counter is closed
   */
  public boolean record(PageView view) {
    Objects.requireNonNull(view, "view");
    if (closed) {
      return false;
    }
    if (buffer.record(view.visitorId(), view.member(), view.path(), clock.millis())) {
      return true;
    }
    overflowed.increment();
    if (overflowing.compareAndSet(false, true)) {
      log.warn("Page-view buffer full: page views of new visitors and pages are dropped until the"
          + " stats store takes the backlog");
    }
    return false;
  }

  private record Snapshot(Instant at, VisitorStats stats) {}

  /**
   * The figures as the store has them. Read figures are reused for {@code statsTtl} (default 1 s)
   * or until this counter's next flush, so a page that shows them on every view does not count the
   * online visitors in the store on every view. @throws StoreUnavailableException
   */
  public VisitorStats stats() {
    Instant now = clock.instant();
    Snapshot s = snapshot;
    if (s != null && !now.isBefore(s.at()) && now.isBefore(s.at().plus(statsTtl))) {
      return s.stats();
    }
    VisitorTotals t = store.visitorTotals(now.minus(onlineWindow), LocalDate.ofInstant(now, ZONE));
    VisitorStats fresh = new VisitorStats(onlineWindow, t.onlineGuests(), t.onlineMembers(),
        t.totalVisits(), t.pageViews(), t.todayVisits(), t.todayUniqueVisitors());
    snapshot = new Snapshot(now, fresh);
    return fresh;
  }

  /** One page's view counter as the store has it. @throws StoreUnavailableException */
  public long pageViews(String path) {
    String key = PageView.nfc(path);
    if (!PageView.isValidPath(key)) {
      throw new InvalidPageViewException(InvalidPageViewException.Field.PATH,
          "path must start with '/' and have at most " + PageView.MAX_PATH_LENGTH
              + " printable characters");
    }
    return store.pageViews(key);
  }

  public Duration onlineWindow() {
    return onlineWindow;
  }

  /** Page views refused because the buffer was full, since start. */
  public long overflowed() {
    return overflowed.sum();
  }

  /** Distinct visitors and paths recorded or waiting for the store, not yet delivered. */
  public int pending() {
    synchronized (flushLock) {
      return buffer.entries() + undeliveredEntries();
    }
  }

  /**
   * Delivers everything recorded so far (and earlier batches the store refused), in order.
   *
   * @return true when the store has everything, false when it could not be reached (the batches stay
   *     buffered and are retried on the next flush)
   */
  public boolean flush() {
    synchronized (flushLock) {
      PageViewBatch batch = buffer.drain(UUID.randomUUID().toString(), clock.instant(), onlineWindow);
      if (batch != null) {
        undelivered.addLast(batch);
      }
      try {
        while (!undelivered.isEmpty()) {
          store.apply(undelivered.peekFirst());
          undelivered.removeFirst();
        }
      } catch (RuntimeException e) {
        if (!storeDown) {
          storeDown = true;
          log.warn("Stats store ({}) unavailable; page views stay buffered and are retried: {}",
              store.kind(), e.getClass().getSimpleName());
        }
        return false;
      } finally {
        buffer.reserve(undeliveredEntries());
      }
      snapshot = null;
      if (storeDown) {
        storeDown = false;
        log.info("Stats store ({}) reachable again; buffered page views delivered", store.kind());
      }
      if (overflowing.compareAndSet(true, false)) {
        log.info("Page-view buffer drained; {} page views were dropped in all since start",
            overflowed.sum());
      }
      return true;
    }
  }

  private int undeliveredEntries() {
    int n = 0;
    for (PageViewBatch b : undelivered) {
      n += b.entries();
    }
    return n;
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      log.warn("Page-view flush failed: {}", e.getClass().getSimpleName());
    }
  }

  /** Stops the schedule and flushes once more; does not close the store. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    schedule.cancel(false);
    if (ownScheduler != null) {
      ownScheduler.shutdown();
    }
    if (!flush()) {
      log.warn("Stats store unavailable at shutdown: {} buffered entries were not delivered",
          pending());
    }
  }

  /** Configures a {@link VisitorCounter}; every value is checked when set. */
  public static final class Builder {
    private final StatsStore store;
    private Clock clock = Clock.systemUTC();
    private Duration onlineWindow = DEFAULT_ONLINE_WINDOW;
    private Duration flushInterval = DEFAULT_FLUSH_INTERVAL;
    private int capacity = DEFAULT_CAPACITY;
    private ScheduledExecutorService scheduler;
    private Duration statsTtl = DEFAULT_STATS_TTL;

    private Builder(StatsStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /** How long a visitor counts as online after a page view (1 second to 2 days). */
    public Builder onlineWindow(Duration window) {
      Objects.requireNonNull(window, "onlineWindow");
      if (window.compareTo(Duration.ofSeconds(1)) < 0 || window.compareTo(Duration.ofDays(2)) > 0) {
        throw new IllegalArgumentException("onlineWindow must be between 1 second and 2 days, was " + window);
      }
      this.onlineWindow = window;
      return this;
    }

    /** How often the buffer is flushed to the store (10 ms to 10 minutes). */
    public Builder flushInterval(Duration interval) {
      Objects.requireNonNull(interval, "flushInterval");
      if (interval.toMillis() < 10 || interval.compareTo(Duration.ofMinutes(10)) > 0) {
        throw new IllegalArgumentException("flushInterval must be between 10 ms and 10 minutes, was " + interval);
      }
      this.flushInterval = interval;
      return this;
    }

    /** Most distinct visitors plus paths held in memory before page views are refused. */
    public Builder capacity(int entries) {
      if (entries < 1) {
        throw new IllegalArgumentException("capacity must be at least 1, was " + entries);
      }
      this.capacity = entries;
      return this;
    }

    /** How long read figures are reused (0 to 1 minute; 0: every {@link #stats()} asks the store). */
    public Builder statsTtl(Duration ttl) {
      Objects.requireNonNull(ttl, "statsTtl");
      if (ttl.isNegative() || ttl.compareTo(Duration.ofMinutes(1)) > 0) {
        throw new IllegalArgumentException("statsTtl must be between 0 and 1 minute, was " + ttl);
      }
      this.statsTtl = ttl;
      return this;
    }

    /** Runs the flushes on this executor (not shut down by the counter); default: its own thread. */
    public Builder scheduler(ScheduledExecutorService executor) {
      this.scheduler = Objects.requireNonNull(executor, "scheduler");
      return this;
    }

    public VisitorCounter build() {
      return new VisitorCounter(this);
    }
  }
}
