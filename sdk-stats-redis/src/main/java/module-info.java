/** The stats store on Redis, for portals that run several nodes. */
module vn.egov.sdk.stats.redis {
  requires transitive vn.egov.sdk.stats;
  requires com.fasterxml.jackson.databind;
  requires redis.clients.jedis;

  exports vn.egov.sdk.stats.redis;

  provides vn.egov.sdk.stats.spi.StatsStoreProvider with vn.egov.sdk.stats.redis.RedisStatsStoreProvider;
}
