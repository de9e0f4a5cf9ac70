/**
 * Visitor counters and polls: the API, the services and the in-memory store. The other stores are
 * modules of their own, found by URL scheme ({@link vn.egov.sdk.stats.spi.StatsStoreProvider}).
 */
module vn.egov.sdk.stats {
  requires transitive vn.egov.sdk.core;
  requires org.slf4j;

  exports vn.egov.sdk.stats;
  exports vn.egov.sdk.stats.spi;

  uses vn.egov.sdk.stats.spi.StatsStoreProvider;
}
