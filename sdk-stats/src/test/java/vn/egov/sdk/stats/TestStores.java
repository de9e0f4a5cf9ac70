package vn.egov.sdk.stats;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The PostgreSQL and Redis of the test machine ({@code EGOV_TEST_POSTGRES_URL},
 * {@code EGOV_TEST_REDIS_URL}), each test in its own schema or key prefix. Unreachable: the test is
 * skipped, except under {@code CI=true}, where it fails.
 */
public final class TestStores {
  private TestStores() {}

  public static String postgresBaseUrl() {
    String url = System.getenv("EGOV_TEST_POSTGRES_URL");
    return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres" : url;
  }

  public static String redisBaseUrl() {
    String url = System.getenv("EGOV_TEST_REDIS_URL");
    return url == null || url.isBlank() ? "redis://127.0.0.1:6379" : url;
  }

  private static void unavailable(String what, Exception e) {
    String message = what + " is not reachable (" + e.getClass().getSimpleName() + "); test skipped";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(what + " is not reachable and CI=true", e);
    }
    assumeTrue(false, message);
  }

  /** Creates a fresh schema; returns the URL that uses it. */
  public static String newPostgresSchema() {
    String schema = "egov_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    String base = postgresBaseUrl();
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      unavailable("PostgreSQL", e);
    }
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  public static void dropPostgresSchema(String url) {
    String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
    try (Connection c = DriverManager.getConnection(postgresBaseUrl()); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      // best effort: the schema has a random name
    }
  }

  /** A URL with a fresh key prefix, after checking that Redis answers. */
  public static String newRedisPrefix() {
    String prefix = "egov:test:" + UUID.randomUUID().toString().substring(0, 12).toLowerCase(Locale.ROOT) + ":";
    URI uri = URI.create(redisBaseUrl());
    try (RedisClient r = RedisClient.create(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort())) {
      r.ping();
    } catch (RuntimeException e) {
      unavailable("Redis", e);
    }
    return redisBaseUrl() + "?prefix=" + prefix;
  }

  public static void deleteRedisPrefix(String url) {
    URI uri = URI.create(url);
    String prefix = url.substring(url.indexOf("prefix=") + 7);
    try (RedisClient r = RedisClient.create(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort())) {
      String cursor = ScanParams.SCAN_POINTER_START;
      do {
        ScanResult<String> page = r.scan(cursor, new ScanParams().match(prefix + "*").count(500));
        if (!page.getResult().isEmpty()) {
          r.del(page.getResult().toArray(String[]::new));
        }
        cursor = page.getCursor();
      } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    } catch (RuntimeException e) {
      // best effort: the prefix is random
    }
  }
}
