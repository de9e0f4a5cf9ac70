package vn.egov.sdk.widgets;

import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import vn.egov.sdk.widgets.internal.CachingWidget;
import vn.egov.sdk.widgets.internal.LastGoodStore;
import vn.egov.sdk.widgets.internal.WidgetConfig;

/**
 * Configures a {@link Widget}. Start from {@link Widgets#exchangeRates()}, {@link Widgets#weather()}
 * or {@link Widgets#custom(String, Class)}. Every setter checks its argument at once and throws an
 * {@link IllegalArgumentException} naming it; {@link #build()} checks how they fit together.
 */
public final class WidgetBuilder<T> {
  private final Class<T> type;
  private String name;
  private final List<Provider<T>> providers = new ArrayList<>();
  private Duration freshFor = Duration.ofMinutes(5);
  private Duration refreshGrace = Duration.ofSeconds(30);
  private Duration maxStale = Duration.ofHours(24);
  private Duration coldWait = Duration.ofSeconds(3);
  private int retries = 2;
  private Duration backoffMin = Duration.ofMillis(200);
  private Duration backoffMax = Duration.ofSeconds(2);
  private Duration fetchBudget = Duration.ofSeconds(30);
  private int breakerThreshold = 3;
  private Duration breakerDelay = Duration.ofMinutes(1);
  private Path persistTo;
  private Clock clock = Clock.systemUTC();
  private Ticker ticker = Ticker.systemTicker();
  private Executor executor;

  private final Function<Clock, List<Provider<T>>> defaultProviders;

  WidgetBuilder(String name, Class<T> type, Function<Clock, List<Provider<T>>> defaultProviders) {
    this.type = Objects.requireNonNull(type, "type");
    this.defaultProviders = defaultProviders;
    name(name);
  }

  /** The widget's name in logs (letters, digits, hyphens), e.g. {@code fx}. */
  public WidgetBuilder<T> name(String newName) {
    Objects.requireNonNull(newName, "name");
    if (!newName.matches("[A-Za-z0-9-]{1,40}")) {
      throw new IllegalArgumentException("name must be 1-40 letters, digits or hyphens, was '" + newName + "'");
    }
    this.name = newName;
    return this;
  }

  /** Replaces the providers: the first is asked first, the others in order when it fails. */
  @SafeVarargs
  public final WidgetBuilder<T> providers(Provider<T>... list) {
    if (list.length == 0) {
      throw new IllegalArgumentException("providers: at least one provider is needed");
    }
    providers.clear();
    for (Provider<T> p : list) {
      providers.add(Objects.requireNonNull(p, "providers must not contain null"));
    }
    return this;
  }

  /** Adds a provider to ask after the current ones (the defaults are used only when none is set). */
  public WidgetBuilder<T> addProvider(Provider<T> provider) {
    providers.add(Objects.requireNonNull(provider, "provider"));
    return this;
  }

  /**
   * How long fetched data counts as fresh; a read after that refreshes in the background. It is also
   * the politeness interval: in normal operation at most one fetch cycle per {@code freshFor}.
   */
  public WidgetBuilder<T> freshFor(Duration d) {
    this.freshFor = positive("freshFor", d);
    return this;
  }

  /** Extra time data still counts as fresh while a refresh that has not failed is under way. */
  public WidgetBuilder<T> refreshGrace(Duration d) {
    this.refreshGrace = notNegative("refreshGrace", d);
    return this;
  }

  /** The oldest data shown (as STALE) while refreshing fails; older is UNAVAILABLE. */
  public WidgetBuilder<T> maxStale(Duration d) {
    this.maxStale = positive("maxStale", d);
    return this;
  }

  /** The longest a read waits when nothing is known yet (zero: never wait). */
  public WidgetBuilder<T> coldWait(Duration d) {
    this.coldWait = notNegative("coldWait", d);
    return this;
  }

  /** Retries per provider and fetch cycle, with exponential backoff from {@code min} to {@code max} and 25 % jitter. */
  public WidgetBuilder<T> retries(int count, Duration min, Duration max) {
    if (count < 0 || count > 10) {
      throw new IllegalArgumentException("retries must be within 0..10, was " + count);
    }
    positive("backoff min", min);
    positive("backoff max", max);
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException("backoff max must not be below min, was " + max + " < " + min);
    }
    this.retries = count;
    this.backoffMin = min;
    this.backoffMax = max;
    return this;
  }

  /** The whole time one provider may take per fetch cycle, retries included. */
  public WidgetBuilder<T> fetchBudget(Duration d) {
    this.fetchBudget = positive("fetchBudget", d);
    return this;
  }

  /** Each provider's circuit breaker: opens after {@code failures} failures in a row, for {@code delay}. */
  public WidgetBuilder<T> circuitBreaker(int failures, Duration delay) {
    if (failures < 1) {
      throw new IllegalArgumentException("circuit breaker failures must be at least 1, was " + failures);
    }
    this.breakerThreshold = failures;
    this.breakerDelay = positive("circuit breaker delay", delay);
    return this;
  }

  /** Keeps the last good data in {@code file} (written atomically) and loads it when built. */
  public WidgetBuilder<T> persistTo(Path file) {
    this.persistTo = Objects.requireNonNull(file, "persistTo");
    return this;
  }

  /** The wall clock of fetch times and ages (default: system UTC). */
  public WidgetBuilder<T> clock(Clock c) {
    this.clock = Objects.requireNonNull(c, "clock");
    return this;
  }

  /** The nanosecond ticker that times refreshes (default: {@link Ticker#systemTicker()}). */
  public WidgetBuilder<T> ticker(Ticker t) {
    this.ticker = Objects.requireNonNull(t, "ticker");
    return this;
  }

  /** Where fetches run (default: the widget's own daemon threads, stopped on close). */
  public WidgetBuilder<T> executor(Executor e) {
    this.executor = Objects.requireNonNull(e, "executor");
    return this;
  }

  public Widget<T> build() {
    if (providers.isEmpty()) {
      providers.addAll(defaultProviders.apply(clock));
    }
    if (providers.isEmpty()) {
      throw new IllegalStateException(name + ": at least one provider is needed");
    }
    if (maxStale.compareTo(freshFor) < 0) {
      throw new IllegalStateException(name + ": maxStale (" + maxStale + ") must not be shorter than freshFor ("
          + freshFor + ")");
    }
    ExecutorService owned = null;
    Executor exec = executor;
    if (exec == null) {
      owned = Executors.newCachedThreadPool(daemonThreads(name));
      exec = owned;
    }
    LastGoodStore<T> store = persistTo == null ? null : new LastGoodStore<>(persistTo, type);
    return new CachingWidget<>(new WidgetConfig<>(name, type, List.copyOf(providers), freshFor, refreshGrace,
        maxStale, coldWait, retries, backoffMin, backoffMax, fetchBudget, breakerThreshold, breakerDelay,
        store, clock, ticker, exec, owned));
  }

  private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "widget-" + name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static Duration positive(String what, Duration d) {
    Objects.requireNonNull(d, what);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, was " + d);
    }
    return d;
  }

  private static Duration notNegative(String what, Duration d) {
    Objects.requireNonNull(d, what);
    if (d.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative, was " + d);
    }
    return d;
  }
}
