package vn.egov.sdk.widgets.internal;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import vn.egov.sdk.widgets.Provider;

/**
 * Everything a {@link CachingWidget} needs, checked by the public builder. {@code ownedExecutor} is the
 * executor the widget created itself (shut down on close), or {@code null}.
 */
public record WidgetConfig<T>(
    String name,
    Class<T> type,
    List<Provider<T>> providers,
    Duration freshFor,
    Duration refreshGrace,
    Duration maxStale,
    Duration coldWait,
    int retries,
    Duration backoffMin,
    Duration backoffMax,
    Duration fetchBudget,
    int breakerThreshold,
    Duration breakerDelay,
    LastGoodStore<T> store,
    Clock clock,
    Ticker ticker,
    Executor executor,
    ExecutorService ownedExecutor) {}
