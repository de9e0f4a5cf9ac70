package vn.egov.sdk.stats;

import java.nio.file.Path;
import java.util.Objects;
import java.util.ServiceLoader;
import vn.egov.sdk.stats.internal.InMemoryStatsStore;
import vn.egov.sdk.stats.spi.StatsStoreProvider;

/**
 * Opens the stats stores. None connects when opened: an unreachable store fails its first use.
 *
 * <p>The in-memory store is built in; the others come from store modules on the class path, found by
 * the URL's scheme ({@link StatsStoreProvider}): {@code vn.egov.sdk:sdk-stats-jdbc} for H2 and
 * PostgreSQL (with the driver, {@code com.h2database:h2} or {@code org.postgresql:postgresql}) and
 * {@code vn.egov.sdk:sdk-stats-redis} for Redis.
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
   * The default embedded store: an H2 file {@code stats.mv.db} in {@code dataDir} (created if
   * missing), written through on every commit. One process at a time. Needs
   * {@code vn.egov.sdk:sdk-stats-jdbc} and {@code com.h2database:h2}.
   *
   * @throws IllegalStateException if either is missing from the class path (the message names it)
   */
  public static StatsStore embedded(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    Path file = dataDir.toAbsolutePath().resolve("stats");
    return open("jdbc:h2:file:" + file);
  }

  /**
   * Opens a store by URL: {@code jdbc:h2:…}, {@code jdbc:postgresql://host:port/db?user=…&password=…},
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
        "a stats store URL starts with jdbc:h2:, jdbc:postgresql://, redis:// or is memory:");
  }

  private static IllegalStateException missing(String artifacts, String scheme) {
    return new IllegalStateException("no stats store for " + scheme + " URLs is on the class path: add the"
        + " dependency " + artifacts);
  }
}
