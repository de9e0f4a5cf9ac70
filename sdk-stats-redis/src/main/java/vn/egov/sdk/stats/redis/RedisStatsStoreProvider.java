package vn.egov.sdk.stats.redis;

import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.redis.internal.RedisStatsStore;
import vn.egov.sdk.stats.spi.StatsStoreProvider;

/**
 * The stats store on Redis ({@code redis://host:port[/db][?prefix=…]}), for several nodes; found by
 * {@link vn.egov.sdk.stats.StatsStores#open(String)} when this jar is on the class path.
 */
public final class RedisStatsStoreProvider implements StatsStoreProvider {
  /** For {@link java.util.ServiceLoader}. */
  public RedisStatsStoreProvider() {}

  @Override
  public boolean accepts(String url) {
    return url != null && url.startsWith("redis://");
  }

  @Override
  public StatsStore open(String url) {
    return RedisStatsStore.open(url);
  }
}
