package vn.egov.sdk.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL and Redis a test may use: {@code EGOV_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}) and {@code EGOV_TEST_REDIS_URL}
 * (default {@code redis://127.0.0.1:6379}). A service that does not answer skips the test, except
 * under {@code CI=true}, where the test fails. Each test works in its own random schema, so that
 * several runs can share one server. The PostgreSQL JDBC driver must be on the test class path.
 */
public final class TestServices {
  private TestServices() {}

  public static String postgresUrl() {
    return env("EGOV_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  }

  public static String redisUrl() {
    return env("EGOV_TEST_REDIS_URL", "redis://127.0.0.1:6379");
  }

  /**
   * Creates a schema with a random name; returns {@link #postgresUrl()} with {@code currentSchema}
   * set to it. Skips (or fails under {@code CI=true}) when PostgreSQL does not answer.
   */
  public static String newPostgresSchema() {
    String schema = "egov_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    String base = postgresUrl();
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      unavailable("PostgreSQL", e);
    }
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Drops the schema of a URL from {@link #newPostgresSchema()}; best effort. */
  public static void dropPostgresSchema(String url) {
    String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
    try (Connection c = DriverManager.getConnection(postgresUrl()); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      // best effort: the schema has a random name
    }
  }

  /** Skips the running test because {@code what} does not answer; fails it instead under {@code CI=true}. */
  public static void unavailable(String what, Exception e) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(what + " is not reachable and CI=true", e);
    }
    Assumptions.abort(what + " is not reachable (" + e.getClass().getSimpleName()
        + "); test skipped (set CI=true to fail instead)");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
