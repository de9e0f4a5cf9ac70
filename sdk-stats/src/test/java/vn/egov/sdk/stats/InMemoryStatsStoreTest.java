package vn.egov.sdk.stats;

import vn.egov.sdk.stats.contract.StatsStoreContract;

class InMemoryStatsStoreTest extends StatsStoreContract {
  @Override
  protected StatsStore newStore() {
    return StatsStores.inMemory();
  }
}
