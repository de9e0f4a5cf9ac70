/** The stats store on SQLite (embedded, the default), H2 or PostgreSQL; the application adds the driver. */
module vn.egov.sdk.stats.jdbc {
  requires transitive vn.egov.sdk.stats;
  requires vn.egov.sdk.jdbc;

  exports vn.egov.sdk.stats.jdbc;

  provides vn.egov.sdk.stats.spi.StatsStoreProvider with vn.egov.sdk.stats.jdbc.JdbcStatsStoreProvider;
}
