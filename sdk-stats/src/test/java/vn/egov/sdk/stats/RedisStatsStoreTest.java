package vn.egov.sdk.stats;

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
