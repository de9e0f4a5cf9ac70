package vn.egov.sdk.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.egov.sdk.jdbc.Database;
import vn.egov.sdk.jdbc.MissingDriverException;

/**
 * The one way an SDK store opens a database: a HikariCP pool on a SQLite, H2 or PostgreSQL URL with
 * bounded timeouts and the settings that make an acknowledged commit durable. The pool belongs to the
 * store that built it, which closes it.
 *
 * <ul>
 *   <li><b>SQLite</b> (the embedded default): {@code journal_mode=WAL}, {@code synchronous=FULL} (a
 *       commit returns once it is fsynced to the write-ahead log: it survives a killed process and a
 *       power loss), {@code busy_timeout=30000} and {@code transaction_mode=IMMEDIATE} (a transaction
 *       takes the write lock at {@code BEGIN}, so it never fails half-way upgrading a read lock).
 *       Writers are serialised by the pool: <em>a SQLite pool has one connection</em> whatever
 *       {@link Builder#maximumPoolSize(int)} says, and callers queue in Hikari's fair hand-off for up to
 *       the connection timeout; so concurrent callers of one process never see {@code SQLITE_BUSY}.
 *       (Another process on the same file waits up to the busy timeout.) Transactions are SQLite's
 *       only isolation, SERIALIZABLE. These four settings win over the same ones in the URL
 *       ({@code ?synchronous=OFF} cannot weaken a store); other URL settings are the driver's.
 *   <li><b>H2</b>: {@link #h2Url(String)} and READ COMMITTED. An embedded H2 file is accepted but not
 *       crash-safe (H2's documented durability problems: recent commits may be lost on a kill even
 *       with {@code WRITE_DELAY=0}); opening a pool on one logs a warning (a store opens its pool once, so
 *       once per store).
 *   <li><b>PostgreSQL</b>: READ COMMITTED, bounded connect, login and socket timeouts.
 * </ul>
 *
 * <p>The driver is the application's dependency: a missing one fails {@link Builder#build()} with a
 * {@link MissingDriverException} naming the artifact, before any connection is tried.
 */
public final class JdbcPool implements AutoCloseable {
  static final Duration MIN_TIMEOUT = Duration.ofMillis(250);
  static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);

  /** SQLite's busy timeout: how long a second process waits for the file's write lock. */
  static final int SQLITE_BUSY_TIMEOUT_MS = 30_000;
  private static final Logger log = LoggerFactory.getLogger(JdbcPool.class);

  private final HikariDataSource pool;
  private final Database database;

  private JdbcPool(HikariDataSource pool, Database database) {
    this.pool = pool;
    this.database = database;
  }

  /**
   * A builder for a pool on {@code jdbcUrl} ({@code jdbc:sqlite:…}, {@code jdbc:h2:…} or
   * {@code jdbc:postgresql://…}, user and password as URL parameters).
   *
   * @throws IllegalArgumentException for any other URL (the message does not repeat it)
   */
  public static Builder builder(String jdbcUrl) {
    return new Builder(jdbcUrl);
  }

  /**
   * The URL H2 is opened with: {@code WRITE_DELAY=0} (every commit reaches the file before the call
   * returns, so an acknowledged write survives a killed process) and, for an embedded database,
   * {@code DB_CLOSE_ON_EXIT=FALSE} (H2's own shutdown hook does not close the database under a store
   * that is still flushing; the store closes it). A setting the URL gives already is kept.
   */
  public static String h2Url(String jdbcUrl) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (Database.of(jdbcUrl) != Database.H2) {
      throw new IllegalArgumentException("not an H2 URL");
    }
    String upper = jdbcUrl.toUpperCase(Locale.ROOT);
    StringBuilder url = new StringBuilder(jdbcUrl);
    if (!upper.contains("WRITE_DELAY=")) {
      url.append(";WRITE_DELAY=0");
    }
    boolean remote = upper.startsWith("JDBC:H2:TCP:") || upper.startsWith("JDBC:H2:SSL:");
    if (!remote && !upper.contains("DB_CLOSE_ON_EXIT=")) {
      url.append(";DB_CLOSE_ON_EXIT=FALSE");
    }
    return url.toString();
  }

  /**
   * The URL of the embedded store {@code name} in {@code dir}: the SQLite file {@code <name>.db}, unless
   * only an H2 file {@code <name>.mv.db} from an earlier version is there; then that H2 file, so an
   * existing deployment keeps its data (opening it logs that H2 is not crash-safe and how to move).
   * The one rule every embedded store of the SDK follows (sdk-stats mirrors it, having no sdk-jdbc).
   */
  public static String embeddedUrl(Path dir, String name) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(name, "name");
    Path base = dir.toAbsolutePath();
    if (Files.exists(base.resolve(name + ".mv.db")) && !Files.exists(base.resolve(name + ".db"))) {
      return "jdbc:h2:file:" + base.resolve(name);
    }
    return "jdbc:sqlite:" + base.resolve(name + ".db");
  }

  public Database database() {
    return database;
  }

  /** A connection from the pool, to close after use (it goes back to the pool). */
  public Connection connection() throws SQLException {
    return pool.getConnection();
  }

  /** The pool as a {@link DataSource}. */
  public DataSource dataSource() {
    return pool;
  }

  public boolean isClosed() {
    return pool.isClosed();
  }

  /** Closes every connection; idempotent. */
  @Override
  public void close() {
    pool.close();
  }

  /** Settings of a pool, each checked when it is given. */
  public static final class Builder {
    private final String jdbcUrl;
    private final Database database;
    private String poolName;
    private int maximumPoolSize = 8;
    private int minimumIdle = 1;
    private Duration connectionTimeout = Duration.ofSeconds(3);
    private Duration validationTimeout = Duration.ofSeconds(1);
    private boolean autoCommit;
    private boolean connectAtStart;

    private Builder(String jdbcUrl) {
      this.database = Database.of(jdbcUrl);
      this.jdbcUrl = jdbcUrl;
      this.poolName = "egov-" + database.name().toLowerCase(Locale.ROOT);
    }

    /** The name of the pool's threads and log lines, e.g. {@code egov-stats-h2}. */
    public Builder poolName(String name) {
      Objects.requireNonNull(name, "poolName");
      if (name.isBlank()) {
        throw new IllegalArgumentException("poolName must not be blank");
      }
      this.poolName = name;
      return this;
    }

    /** At most this many connections (1–64; default 8); a SQLite pool always has one (see above). */
    public Builder maximumPoolSize(int size) {
      if (size < 1 || size > 64) {
        throw new IllegalArgumentException("maximumPoolSize must be between 1 and 64, was " + size);
      }
      this.maximumPoolSize = size;
      return this;
    }

    /** Idle connections kept open (0 to the maximum pool size; default 1). */
    public Builder minimumIdle(int idle) {
      if (idle < 0) {
        throw new IllegalArgumentException("minimumIdle must not be negative, was " + idle);
      }
      this.minimumIdle = idle;
      return this;
    }

    /** How long a caller waits for a connection before the call fails (250 ms – 5 min; default 3 s). */
    public Builder connectionTimeout(Duration timeout) {
      this.connectionTimeout = bounded(timeout, "connectionTimeout");
      return this;
    }

    /** How long checking that a connection is alive may take (250 ms – 5 min; default 1 s). */
    public Builder validationTimeout(Duration timeout) {
      this.validationTimeout = bounded(timeout, "validationTimeout");
      return this;
    }

    /** Whether connections commit each statement (default false: the store commits its transactions). */
    public Builder autoCommit(boolean on) {
      this.autoCommit = on;
      return this;
    }

    /**
     * Whether {@link #build()} connects at once and fails when the database does not answer (default
     * false: an unreachable database fails the first use instead, so a server starts without it).
     */
    public Builder connectAtStart(boolean on) {
      this.connectAtStart = on;
      return this;
    }

    private static Duration bounded(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.compareTo(MIN_TIMEOUT) < 0 || d.compareTo(MAX_TIMEOUT) > 0) {
        throw new IllegalArgumentException(name + " must be between 250 ms and 5 minutes, was " + d);
      }
      return d;
    }

    /**
     * Opens the pool.
     *
     * @throws MissingDriverException if the database's driver is not on the class path
     * @throws IllegalArgumentException if {@code minimumIdle} exceeds {@code maximumPoolSize} or the
     *     validation timeout is not shorter than the connection timeout
     * @throws IllegalStateException if the directory of a SQLite file cannot be created, or
     *     {@link #connectAtStart(boolean)} is on and the database does
     *     not answer (the message holds no URL)
     */
    public JdbcPool build() {
      if (minimumIdle > maximumPoolSize) {
        throw new IllegalArgumentException("minimumIdle (" + minimumIdle + ") exceeds maximumPoolSize ("
            + maximumPoolSize + ")");
      }
      if (validationTimeout.compareTo(connectionTimeout) >= 0) {
        throw new IllegalArgumentException("validationTimeout must be shorter than connectionTimeout");
      }
      requireDriver(database);
      boolean sqlite = database == Database.SQLITE;
      HikariConfig config = new HikariConfig();
      config.setDriverClassName(database.driverClass());
      config.setJdbcUrl(database == Database.H2 ? h2Url(jdbcUrl) : jdbcUrl);
      config.setPoolName(poolName);
      // SQLite has one writer at a time: one connection, the pool's queue orders the callers.
      config.setMaximumPoolSize(sqlite ? 1 : maximumPoolSize);
      config.setMinimumIdle(sqlite ? Math.min(1, minimumIdle) : minimumIdle);
      config.setConnectionTimeout(connectionTimeout.toMillis());
      config.setValidationTimeout(validationTimeout.toMillis());
      config.setInitializationFailTimeout(connectAtStart ? 1 : -1);
      config.setAutoCommit(autoCommit);
      if (sqlite) {
        // sqlite-jdbc's connection settings (org.sqlite.SQLiteConfig), applied when a connection opens.
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "FULL");
        config.addDataSourceProperty("busy_timeout", Integer.toString(SQLITE_BUSY_TIMEOUT_MS));
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      } else {
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
      }
      if (database == Database.H2) {
        warnIfEmbeddedH2(jdbcUrl);
      }
      if (sqlite) {
        createSqliteDirectory(jdbcUrl);
      }
      if (database == Database.POSTGRESQL) {
        // Bounded waits, so that a database that stops answering (a cut network, a hung server) is
        // answered "unavailable" in seconds instead of hanging a request: connecting, logging in and
        // every read of the socket. A setting the URL gives wins over these (pgjdbc reads the URL last).
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("loginTimeout", "3");
        config.addDataSourceProperty("socketTimeout", "7");
        config.addDataSourceProperty("tcpKeepAlive", "true");
      }
      try {
        return new JdbcPool(new HikariDataSource(config), database);
      } catch (RuntimeException e) {
        // The message names no URL (it may hold a password); the cause keeps the driver's details.
        throw new IllegalStateException("the pool " + poolName + " on " + database.name()
            + " could not be opened" + SqlStates.describe(e), e);
      }
    }
  }

  /**
   * Creates the directory of a SQLite file (as H2 does for its files), so that a store in a new data
   * directory opens; in-memory and {@code file:} URI forms are left to the driver.
   */
  private static void createSqliteDirectory(String jdbcUrl) {
    String path = jdbcUrl.substring(Database.SQLITE.urlPrefix().length());
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if (path.isEmpty() || path.startsWith(":") || path.startsWith("file:")) {
      return;
    }
    Path parent = Path.of(path).toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("the directory of the SQLite file could not be created", e);
    }
  }

  private static void warnIfEmbeddedH2(String jdbcUrl) {
    String upper = jdbcUrl.toUpperCase(Locale.ROOT);
    boolean inMemoryOrRemote = upper.startsWith("JDBC:H2:MEM:") || upper.startsWith("JDBC:H2:TCP:")
        || upper.startsWith("JDBC:H2:SSL:");
    if (!inMemoryOrRemote) {
      log.warn("An embedded H2 database file is in use. H2 is not crash-safe: commits acknowledged just"
          + " before the process is killed may be lost. The SDK's embedded default is now SQLite; to move,"
          + " see docs/durability.md (\"Moving an embedded H2 store to SQLite\").");
    }
  }

  /** Fails with {@link MissingDriverException} unless {@code database}'s driver can be loaded. */
  public static void requireDriver(Database database) {
    String name = database.driverClass();
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    for (ClassLoader loader : new ClassLoader[] {JdbcPool.class.getClassLoader(), context}) {
      if (loader == null) {
        continue;
      }
      try {
        Class.forName(name, false, loader);
        return;
      } catch (ClassNotFoundException | LinkageError e) {
        // try the next loader
      }
    }
    throw new MissingDriverException(database);
  }
}
