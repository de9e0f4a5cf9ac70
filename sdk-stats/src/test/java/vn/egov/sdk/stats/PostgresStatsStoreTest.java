package vn.egov.sdk.stats;

import vn.egov.sdk.testing.TestServices;

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
