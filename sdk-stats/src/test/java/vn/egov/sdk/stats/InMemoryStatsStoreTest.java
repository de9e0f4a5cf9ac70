package vn.egov.sdk.stats;

class InMemoryStatsStoreTest extends StatsStoreContract {
  @Override
  protected StatsStore newStore() {
    return StatsStores.inMemory();
  }
}
