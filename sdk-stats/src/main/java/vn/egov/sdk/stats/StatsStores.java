package vn.egov.sdk.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.ServiceLoader;
import vn.egov.sdk.stats.internal.InMemoryStatsStore;
import vn.egov.sdk.stats.spi.StatsStoreProvider;

/**
 * Opens the stats stores. None connects when opened: an unreachable store fails its first use.
 *
 * <p>The in-memory store is built in; the others come from store modules on the class path, found by
 * the URL's scheme ({@link StatsStoreProvider}): {@code vn.egov.sdk:sdk-stats-jdbc} for SQLite, H2 and
 * PostgreSQL (with the driver, {@code org.xerial:sqlite-jdbc}, {@code com.h2database:h2} or
 * {@code org.postgresql:postgresql}) and {@code vn.egov.sdk:sdk-stats-redis} for Redis.
 */
public final class StatsStores {
  private static final String JDBC_MODULE = "vn.egov.sdk:sdk-stats-jdbc";
  private static final String REDIS_MODULE = "vn.egov.sdk:sdk-stats-redis";

  private StatsStores() {}

  /** Everything in this JVM's memory (tests, throw-away demos). */
  public static StatsStore inMemory() {
    return new InMemoryStatsStore();
  }

  /**
   * The default embedded store: a SQLite file {@code stats.db} in {@code dataDir} (both created if
   * missing) in WAL mode with {@code synchronous=FULL}: every acknowledged write is on disk and survives
   * a killed process or a power loss. One process at a time. Needs {@code vn.egov.sdk:sdk-stats-jdbc}
   * and {@code org.xerial:sqlite-jdbc}.
   *
   * <p>An existing deployment whose data directory holds only the H2 file {@code stats.mv.db} of an
   * earlier version (and no {@code stats.db}) keeps that H2 file, so no counter or poll is lost; opening
   * it logs a warning that H2 is not crash-safe and how to move (docs/durability.md). This is the rule
   * of every embedded SDK store (sdk-jdbc's {@code JdbcPool.embeddedUrl}, mirrored here).
   *
   * @throws IllegalStateException if a module or driver is missing from the class path (the message
   *     names it), or the directory cannot be created
   */
  public static StatsStore embedded(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    Path dir = dataDir.toAbsolutePath();
    if (Files.exists(dir.resolve("stats.mv.db")) && !Files.exists(dir.resolve("stats.db"))) {
      return open("jdbc:h2:file:" + dir.resolve("stats"));
    }
    return open("jdbc:sqlite:" + dir.resolve("stats.db"));
  }

  /**
   * Opens a store by URL: {@code jdbc:sqlite:/path/stats.db}, {@code jdbc:h2:…} (not crash-safe),
   * {@code jdbc:postgresql://host:port/db?user=…&password=…},
   * {@code redis://host:port[/db]} (optionally {@code ?prefix=…} for the key prefix), {@code memory:},
   * or any URL a {@link StatsStoreProvider} on the class path accepts.
   *
   * @throws IllegalArgumentException for a URL no store opens (the message does not repeat it: it may
   *     hold a password)
   * @throws IllegalStateException if the URL's store module or driver is not on the class path (the
   *     message names the artifact to add)
   */
  public static StatsStore open(String url) {
    Objects.requireNonNull(url, "url");
    if (url.equals("memory:")) {
      return inMemory();
    }
    for (StatsStoreProvider provider : ServiceLoader.load(StatsStoreProvider.class,
        StatsStores.class.getClassLoader())) {
      if (provider.accepts(url)) {
        return provider.open(url);
      }
    }
    if (url.startsWith("jdbc:sqlite:")) {
      throw missing(JDBC_MODULE + " and org.xerial:sqlite-jdbc", "jdbc:sqlite:");
    }
    if (url.startsWith("jdbc:h2:")) {
      throw missing(JDBC_MODULE + " and com.h2database:h2", "jdbc:h2:");
    }
    if (url.startsWith("jdbc:postgresql://")) {
      throw missing(JDBC_MODULE + " and org.postgresql:postgresql", "jdbc:postgresql:");
    }
    if (url.startsWith("redis://")) {
      throw missing(REDIS_MODULE, "redis:");
    }
    throw new IllegalArgumentException(
        "a stats store URL starts with jdbc:sqlite:, jdbc:h2:, jdbc:postgresql://, redis:// or is memory:");
  }

  private static IllegalStateException missing(String artifacts, String scheme) {
    return new IllegalStateException("no stats store for " + scheme + " URLs is on the class path: add the"
        + " dependency " + artifacts);
  }
}
