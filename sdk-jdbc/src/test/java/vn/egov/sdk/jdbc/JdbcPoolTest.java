package vn.egov.sdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.jdbc.internal.JdbcPool;

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
    assertThat(Database.accepts("jdbc:sqlite:x")).isFalse();
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
