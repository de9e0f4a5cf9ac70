package vn.egov.sdk.stats.redis;

import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.contract.StatsStoreContract;
import vn.egov.sdk.stats.StatsStores;

class RedisStatsStoreTest extends StatsStoreContract {
  private String url;

  @Override
  protected StatsStore newStore() {
    url = TestStores.newRedisPrefix();
    return StatsStores.open(url);
  }

  @Override
  protected void dispose() {
    TestStores.deleteRedisPrefix(url);
  }
}
