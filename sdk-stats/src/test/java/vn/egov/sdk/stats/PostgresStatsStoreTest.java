package vn.egov.sdk.stats;

class PostgresStatsStoreTest extends StatsStoreContract {
  private String url;

  @Override
  protected StatsStore newStore() {
    url = TestStores.newPostgresSchema();
    return StatsStores.open(url);
  }

  @Override
  protected void dispose() {
    TestStores.dropPostgresSchema(url);
  }
}
