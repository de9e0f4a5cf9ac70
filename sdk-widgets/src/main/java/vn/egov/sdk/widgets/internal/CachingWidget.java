package vn.egov.sdk.widgets.internal;

import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import dev.failsafe.Timeout;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.egov.sdk.widgets.Provider;
import vn.egov.sdk.widgets.Snapshot;
import vn.egov.sdk.widgets.Status;
import vn.egov.sdk.widgets.UpstreamException;
import vn.egov.sdk.widgets.Widget;

/**
 * The widget engine. One Caffeine async cache entry holds the last good data:
 * <ul>
 *   <li>single-flight: concurrent cold readers share Caffeine's one in-flight load, and Caffeine runs
 *       at most one refresh per key at a time;</li>
 *   <li>stale-while-revalidate: a read {@code freshFor} after the latest fetch attempt (timed by the
 *       ticker, read when the attempt ends, before its result is published) starts one background
 *       refresh and gets the old value at once. The widget times refreshes itself rather than with
 *       Caffeine's {@code refreshAfterWrite}: Caffeine stamps an entry when it has finished its own
 *       bookkeeping of a completed load, which can come after a reader already saw the value, so a
 *       refresh could fall due later than {@code freshFor} after the data arrived;</li>
 *   <li>stale-if-error: a failed refresh returns the old data marked as failed (never an exceptional
 *       future, so Caffeine keeps it and logs nothing); the status follows from the data's age;</li>
 *   <li>a failed first load completes with "nothing known", which the next reader evicts so that a
 *       later read tries again (the circuit breaker keeps those tries polite).</li>
 * </ul>
 * Each provider is called through Failsafe: a time budget, retries with exponential backoff and
 * jitter for transport failures and temporary refusals, and a circuit breaker of its own. Providers
 * are tried in order (failover). Logs: one line per status change and per breaker change.
 */
public final class CachingWidget<T> implements Widget<T> {
  private static final Logger log = LoggerFactory.getLogger(CachingWidget.class);
  private static final String KEY = "current";

  private final WidgetConfig<T> config;
  private final List<Upstream<T>> upstreams = new ArrayList<>();
  private final AsyncLoadingCache<String, Entry<T>> cache;
  private final AtomicReference<Status> reported = new AtomicReference<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  /** Data loaded from disk is refreshed (in the background) on the first read, not after freshFor. */
  private final AtomicBoolean refreshLoaded = new AtomicBoolean();
  /** Ticker reading when the latest fetch attempt ended (set before its result is published). */
  private final AtomicLong lastAttemptNanos = new AtomicLong();
  /** A refresh started by {@link #refreshIfDue} is in flight; keeps readers from starting another. */
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private final long freshForNanos;
  /** Held while the last good data is written; {@link #close()} takes it to wait for a write in flight. */
  private final Object saveLock = new Object();

  private record Upstream<T>(Provider<T> provider, FailsafeExecutor<T> policies) {}

  public CachingWidget(WidgetConfig<T> config) {
    this.config = config;
    this.freshForNanos = saturatedNanos(config.freshFor());
    this.lastAttemptNanos.set(config.ticker().read());
    for (Provider<T> p : config.providers()) {
      upstreams.add(new Upstream<>(p, policies(p.name())));
    }
    this.cache = Caffeine.newBuilder()
        .executor(this::execute)
        .buildAsync(new AsyncCacheLoader<String, Entry<T>>() {
          @Override
          public CompletableFuture<Entry<T>> asyncLoad(String key, Executor executor) {
            return CompletableFuture.supplyAsync(() -> fetch(null), executor);
          }

          @Override
          public CompletableFuture<Entry<T>> asyncReload(String key, Entry<T> old, Executor executor) {
            return CompletableFuture.supplyAsync(() -> fetch(old), executor);
          }
        });
    if (config.store() != null) {
      config.store().load().ifPresent(e -> {
        cache.put(KEY, CompletableFuture.completedFuture(e));
        refreshLoaded.set(true);
      });
    }
  }

  private FailsafeExecutor<T> policies(String provider) {
    Timeout<T> budget = Timeout.<T>builder(config.fetchBudget()).withInterrupt().build();
    RetryPolicyBuilder<T> retry = RetryPolicy.<T>builder()
        .handleIf(e -> e instanceof IOException || (e instanceof UpstreamException u && u.retriable()))
        .withMaxRetries(config.retries())
        .withJitter(0.25);
    if (config.backoffMax().compareTo(config.backoffMin()) > 0) {
      retry.withBackoff(config.backoffMin(), config.backoffMax());
    } else {
      retry.withDelay(config.backoffMin());
    }
    CircuitBreaker<T> breaker = CircuitBreaker.<T>builder()
        .withFailureThreshold(config.breakerThreshold())
        .withDelay(config.breakerDelay())
        .onOpen(e -> log.warn("{}: circuit breaker for {} opened; no requests for {} s",
            config.name(), provider, config.breakerDelay().toSeconds()))
        .onClose(e -> log.info("{}: circuit breaker for {} closed", config.name(), provider))
        .build();
    return Failsafe.with(budget, retry.build(), breaker);
  }

  /** One fetch cycle: each provider in turn; the old entry (marked failed) when all fail. */
  private Entry<T> fetch(Entry<T> old) {
    try {
      return attempt(old);
    } finally {
      lastAttemptNanos.set(config.ticker().read());
    }
  }

  private Entry<T> attempt(Entry<T> old) {
    if (closed.get()) {
      return old != null ? old : Entry.nothing(primary());
    }
    for (Upstream<T> u : upstreams) {
      try {
        T data = u.policies().get(() -> u.provider().fetch());
        if (data == null) {
          log.debug("{}: {} returned no data", config.name(), u.provider().name());
          continue;
        }
        Entry<T> fresh = new Entry<>(data, u.provider().name(), config.clock().instant(), false);
        save(fresh);
        report(snapshotOf(fresh).status());
        return fresh;
      } catch (RuntimeException e) {
        // Failsafe wraps checked failures; only the kind goes to the (debug) log.
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        log.debug("{}: {} failed ({})", config.name(), u.provider().name(), cause.getClass().getSimpleName());
      }
    }
    Entry<T> failed = old != null && old.known() ? old.failedAgain() : Entry.nothing(primary());
    report(snapshotOf(failed).status());
    return failed;
  }

  /** Writes the last good data, unless closed: after {@link #close()} returns, nothing is written. */
  private void save(Entry<T> fresh) {
    if (config.store() == null) {
      return;
    }
    synchronized (saveLock) {
      if (!closed.get()) {
        config.store().save(fresh);
      }
    }
  }

  /** The configured executor; after close (or when it refuses) small tasks run on the caller. */
  private void execute(Runnable task) {
    if (closed.get()) {
      task.run();
      return;
    }
    try {
      config.executor().execute(task);
    } catch (RejectedExecutionException e) {
      task.run();
    }
  }

  @Override
  public Snapshot<T> read() {
    return snapshot(config.coldWait());
  }

  @Override
  public Snapshot<T> readNow() {
    return snapshot(Duration.ZERO);
  }

  @Override
  public Snapshot<T> peek() {
    if (closed.get()) {
      return Snapshot.unavailable(primary());
    }
    // Quietly: no load, no refresh, no waiting.
    return snapshotOf(cache.synchronous().policy().getIfPresentQuietly(KEY));
  }

  private Snapshot<T> snapshot(Duration wait) {
    if (closed.get()) {
      return Snapshot.unavailable(primary());
    }
    if (refreshLoaded.compareAndSet(true, false)) {
      cache.synchronous().refresh(KEY);
    }
    CompletableFuture<Entry<T>> future = cache.get(KEY);
    Entry<T> entry = await(future, wait);
    if (entry != null && !entry.known()) {
      cache.asMap().remove(KEY, future);
    } else if (entry != null) {
      refreshIfDue();
    }
    Snapshot<T> s = snapshotOf(entry);
    report(s.status());
    return s;
  }

  /** Starts one background refresh once more than {@code freshFor} has passed since the latest attempt ended. */
  private void refreshIfDue() {
    if (refreshing.get() || config.ticker().read() - lastAttemptNanos.get() <= freshForNanos) {
      return;
    }
    if (refreshing.compareAndSet(false, true)) {
      try {
        cache.synchronous().refresh(KEY).whenComplete((v, e) -> refreshing.set(false));
      } catch (RuntimeException e) {
        refreshing.set(false);
        throw e;
      }
    }
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  private static <T> Entry<T> await(CompletableFuture<Entry<T>> future, Duration wait) {
    try {
      if (future.isDone() || wait.isZero()) {
        return future.isDone() && !future.isCompletedExceptionally() ? future.join() : null;
      }
      return future.get(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      return null;
    }
  }

  private Snapshot<T> snapshotOf(Entry<T> entry) {
    if (entry == null || !entry.known()) {
      return Snapshot.unavailable(entry == null ? primary() : entry.provider());
    }
    Instant now = config.clock().instant();
    Duration age = Duration.between(entry.fetchedAt(), now);
    if (age.isNegative()) {
      age = Duration.ZERO;
    }
    if (age.compareTo(config.maxStale()) > 0) {
      return Snapshot.unavailable(entry.provider());
    }
    boolean fresh = age.compareTo(config.freshFor()) <= 0
        || (!entry.lastAttemptFailed() && age.compareTo(config.freshFor().plus(config.refreshGrace())) <= 0);
    return new Snapshot<>(fresh ? Status.FRESH : Status.STALE, entry.provider(), entry.data(),
        entry.fetchedAt(), age);
  }

  private void report(Status now) {
    Status before = reported.getAndSet(now);
    if (before == now) {
      return;
    }
    if (now == Status.FRESH) {
      if (before == null) {
        log.info("{}: data is fresh", config.name());
      } else {
        log.info("{}: recovered ({} -> FRESH)", config.name(), before);
      }
    } else {
      log.warn("{}: {} -> {}", config.name(), before == null ? "start" : before, now);
    }
  }

  @Override
  public void prefetch() {
    if (closed.get()) {
      return;
    }
    refreshLoaded.set(false);
    if (cache.getIfPresent(KEY) != null) {
      cache.synchronous().refresh(KEY);
    } else {
      cache.get(KEY);
    }
  }

  @Override
  public String name() {
    return config.name();
  }

  private String primary() {
    return config.providers().get(0).name();
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    synchronized (saveLock) {
      // A fetch that finishes after this point sees closed and writes nothing; one writing now ends first.
    }
    for (Provider<T> p : config.providers()) {
      if (p instanceof AutoCloseable c) {
        try {
          c.close();
        } catch (Exception e) {
          log.warn("{}: closing {} failed ({})", config.name(), p.name(), e.getClass().getSimpleName());
        }
      }
    }
    if (config.ownedExecutor() != null) {
      config.ownedExecutor().shutdownNow();
    }
  }
}
