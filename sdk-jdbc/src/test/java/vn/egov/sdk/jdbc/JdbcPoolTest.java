package vn.egov.sdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.jdbc.internal.JdbcPool;
import vn.egov.sdk.jdbc.internal.SqlStates;

class JdbcPoolTest {
  @Test
  void h2GetsDurableCommitsAndNoShutdownHookUnlessTheUrlSaysOtherwise() {
    assertThat(JdbcPool.h2Url("jdbc:h2:file:/data/stats"))
        .isEqualTo("jdbc:h2:file:/data/stats;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    assertThat(JdbcPool.h2Url("jdbc:h2:file:/data/stats;write_delay=100;LOCK_TIMEOUT=30000"))
        .isEqualTo("jdbc:h2:file:/data/stats;write_delay=100;LOCK_TIMEOUT=30000;DB_CLOSE_ON_EXIT=FALSE");
    assertThat(JdbcPool.h2Url("jdbc:h2:tcp://127.0.0.1/stats")).isEqualTo("jdbc:h2:tcp://127.0.0.1/stats;WRITE_DELAY=0");
    assertThatThrownBy(() -> JdbcPool.h2Url("jdbc:postgresql://h/db")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmbeddedH2PoolCommitsThroughAtOnce(@TempDir Path dir) throws Exception {
    try (JdbcPool pool = JdbcPool.builder("jdbc:h2:file:" + dir.resolve("db")).poolName("test-h2")
            .connectionTimeout(Duration.ofMinutes(1)).build();
        Connection c = pool.connection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
            + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      assertThat(pool.database()).isEqualTo(Database.H2);
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("0");
      assertThat(c.getAutoCommit()).isFalse();
      assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }
  }

  @Test
  void anEmbeddedSqlitePoolIsDurableAndHasOneConnection(@TempDir Path dir) throws Exception {
    try (JdbcPool pool = JdbcPool.builder("jdbc:sqlite:" + dir.resolve("db.db")).poolName("test-sqlite")
            .maximumPoolSize(8).minimumIdle(8).connectionTimeout(Duration.ofMinutes(1)).build();
        Connection c = pool.connection()) {
      assertThat(pool.database()).isEqualTo(Database.SQLITE);
      assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(c, "synchronous")).isEqualTo("2"); // FULL
      assertThat(pragma(c, "busy_timeout")).isEqualTo("30000");
      assertThat(c.getAutoCommit()).isFalse();
      assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
      assertThat(((HikariDataSource) pool.dataSource()).getMaximumPoolSize()).isEqualTo(1);
    }
  }

  @Test
  void aSqliteUrlCannotWeakenTheDurableSettings(@TempDir Path dir) throws Exception {
    try (JdbcPool pool = JdbcPool.builder("jdbc:sqlite:" + dir.resolve("new").resolve("db.db")
            + "?synchronous=OFF&journal_mode=DELETE").build();
        Connection c = pool.connection()) {
      assertThat(pragma(c, "synchronous")).isEqualTo("2");
      assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
    }
    assertThat(dir.resolve("new").resolve("db.db")).exists();
  }

  @Test
  void sqliteFailuresAreReadByTheirResultCode(@TempDir Path dir) throws Exception {
    try (JdbcPool pool = JdbcPool.builder("jdbc:sqlite:" + dir.resolve("db.db")).autoCommit(true).build();
        Connection c = pool.connection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id VARCHAR(10) PRIMARY KEY, v VARCHAR(10) UNIQUE, n INT NOT NULL)");
      s.execute("INSERT INTO t VALUES ('a', 'secret', 1)");
      assertThatThrownBy(() -> s.execute("INSERT INTO t VALUES ('a', 'b', 1)"))
          .isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(SqlStates.isUniqueViolation(e)).isTrue();
            assertThat(SqlStates.isTransientConflict(e)).isTrue();
            assertThat(SqlStates.state(e)).isEqualTo("SQLITE_CONSTRAINT_PRIMARYKEY");
            assertThat(SqlStates.describe(new IllegalStateException(e))).doesNotContain("secret");
          });
      assertThatThrownBy(() -> s.execute("INSERT INTO t VALUES ('b', 'secret', 1)"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(SqlStates.isUniqueViolation(e)).isTrue());
      assertThatThrownBy(() -> s.execute("INSERT INTO t VALUES ('c', 'c', NULL)"))
          .isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(SqlStates.isUniqueViolation(e)).isFalse();
            assertThat(SqlStates.isTransientConflict(e)).isFalse();
          });
    }
  }

  /** Eight threads writing at once through the one connection: every commit succeeds, none is busy. */
  @Test
  void concurrentSqliteWritersQueueInsteadOfFailingBusy(@TempDir Path dir) throws Exception {
    try (JdbcPool pool = JdbcPool.builder("jdbc:sqlite:" + dir.resolve("db.db"))
        .connectionTimeout(Duration.ofMinutes(2)).build()) {
      try (Connection c = pool.connection(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (id VARCHAR(20) PRIMARY KEY)");
        c.commit();
      }
      ExecutorService threads = Executors.newFixedThreadPool(8);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int thread = t;
          done.add(threads.submit(() -> {
            for (int i = 0; i < 50; i++) {
              try (Connection c = pool.connection();
                  PreparedStatement p = c.prepareStatement("INSERT INTO t (id) VALUES (?)")) {
                p.setString(1, thread + "-" + i);
                p.executeUpdate();
                c.commit();
              }
            }
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get(5, TimeUnit.MINUTES);
        }
      } finally {
        threads.shutdownNow();
      }
      try (Connection c = pool.connection(); Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT COUNT(*) FROM t")) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(400);
      }
    }
  }

  @Test
  void anEmbeddedStoreIsSqliteUnlessOnlyAnOldH2FileIsThere(@TempDir Path dir) throws Exception {
    assertThat(JdbcPool.embeddedUrl(dir, "stats")).isEqualTo("jdbc:sqlite:" + dir.toAbsolutePath().resolve("stats.db"));
    Files.writeString(dir.resolve("stats.mv.db"), "");
    assertThat(JdbcPool.embeddedUrl(dir, "stats")).isEqualTo("jdbc:h2:file:" + dir.toAbsolutePath().resolve("stats"));
    Files.writeString(dir.resolve("stats.db"), "");
    assertThat(JdbcPool.embeddedUrl(dir, "stats")).startsWith("jdbc:sqlite:");
  }

  private static String pragma(Connection c, String name) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
      assertThat(r.next()).isTrue();
      return r.getString(1);
    }
  }

  @Test
  void everySettingIsCheckedWhenGiven() {
    JdbcPool.Builder b = JdbcPool.builder("jdbc:h2:mem:x");
    assertThatThrownBy(() -> b.maximumPoolSize(0)).hasMessageContaining("maximumPoolSize must be between 1 and 64");
    assertThatThrownBy(() -> b.minimumIdle(-1)).hasMessageContaining("minimumIdle must not be negative");
    assertThatThrownBy(() -> b.connectionTimeout(Duration.ofMillis(10)))
        .hasMessageContaining("connectionTimeout must be between 250 ms and 5 minutes");
    assertThatThrownBy(() -> b.validationTimeout(Duration.ofHours(1)))
        .hasMessageContaining("validationTimeout must be between 250 ms and 5 minutes");
    assertThatThrownBy(() -> b.poolName(" ")).hasMessageContaining("poolName must not be blank");
    assertThatThrownBy(() -> JdbcPool.builder("jdbc:h2:mem:x").maximumPoolSize(2).minimumIdle(3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumIdle (3) exceeds maximumPoolSize (2)");
    assertThatThrownBy(() -> JdbcPool.builder("jdbc:h2:mem:x").validationTimeout(Duration.ofSeconds(3)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("validationTimeout must be shorter than connectionTimeout");
  }

  @Test
  void otherDatabasesAreRefusedWithoutRepeatingTheUrl() {
    assertThatThrownBy(() -> JdbcPool.builder("jdbc:mysql://u:secret@h/db"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("secret");
  }

  @Test
  void aDatabaseThatDoesNotAnswerAtStartFailsWithoutTheUrl() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/test?user=u&password=secret&connectTimeout=2";
    assertThatThrownBy(() -> JdbcPool.builder(url).connectAtStart(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the pool egov-postgresql on POSTGRESQL could not be opened")
        .hasMessageNotContaining("secret");
  }

  /** A class loader with sdk-jdbc, HikariCP and SLF4J but no JDBC driver, as in an application without one. */
  @Test
  void aMissingDriverIsNamedByItsArtifact() throws Exception {
    URL[] jars = {location(JdbcPool.class), location(HikariConfig.class), jarOf("org/slf4j/Logger.class")};
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader app = new URLClassLoader(jars, ClassLoader.getPlatformClassLoader())) {
      Thread.currentThread().setContextClassLoader(app);
      Class<?> pool = app.loadClass(JdbcPool.class.getName());
      Object builder = pool.getMethod("builder", String.class).invoke(null, "jdbc:postgresql://h/db?password=secret");
      Method build = builder.getClass().getMethod("build");
      assertThatThrownBy(() -> {
        try {
          build.invoke(builder);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }).satisfies(e -> {
        assertThat(e.getClass().getName()).isEqualTo(MissingDriverException.class.getName());
        assertThat(e.getMessage()).contains("org.postgresql:postgresql", "org.postgresql.Driver")
            .doesNotContain("secret");
      });
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  @Test
  void databasesAreToldApartByTheirPrefix() {
    assertThat(Database.of("jdbc:h2:mem:x")).isEqualTo(Database.H2);
    assertThat(Database.of("jdbc:postgresql://h/db")).isEqualTo(Database.POSTGRESQL);
    assertThat(Database.of("jdbc:sqlite:/data/stats.db")).isEqualTo(Database.SQLITE);
    assertThat(Database.accepts("jdbc:sqlite:x")).isTrue();
    assertThat(Database.accepts("jdbc:mysql://h/db")).isFalse();
    assertThat(Database.accepts(null)).isFalse();
    assertThat(Database.SQLITE.driverArtifact()).isEqualTo("org.xerial:sqlite-jdbc");
    assertThat(Database.H2.driverArtifact()).isEqualTo("com.h2database:h2");
    assertThat(new MissingDriverException(Database.H2).database()).isEqualTo(Database.H2);
  }

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  /** The jar (or directory) on the test class path holding {@code resource}. */
  private static URL jarOf(String resource) throws Exception {
    String url = ClassLoader.getSystemResource(resource).toString();
    return new URL(url.startsWith("jar:") ? url.substring(4, url.indexOf("!/")) : url.substring(0, url.length() - resource.length()));
  }
}
