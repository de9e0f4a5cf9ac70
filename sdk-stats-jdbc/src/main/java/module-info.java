/** The stats store on H2 (embedded, the default) or PostgreSQL; the application adds the driver. */
module vn.egov.sdk.stats.jdbc {
  requires transitive vn.egov.sdk.stats;
  requires vn.egov.sdk.jdbc;

  exports vn.egov.sdk.stats.jdbc;

  provides vn.egov.sdk.stats.spi.StatsStoreProvider with vn.egov.sdk.stats.jdbc.JdbcStatsStoreProvider;
}
