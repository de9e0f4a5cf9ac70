package vn.egov.sdk.stats.jdbc;

import vn.egov.sdk.testing.TestServices;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.contract.StatsStoreContract;
import vn.egov.sdk.stats.StatsStores;

class PostgresStatsStoreTest extends StatsStoreContract {
  private String url;

  @Override
  protected StatsStore newStore() {
    url = TestServices.newPostgresSchema();
    return StatsStores.open(url);
  }

  @Override
  protected void dispose() {
    TestServices.dropPostgresSchema(url);
  }
}
