package vn.egov.sdk.stats;

import java.nio.file.Path;
import java.util.Objects;
import vn.egov.sdk.stats.internal.InMemoryStatsStore;
import vn.egov.sdk.stats.internal.JdbcStatsStore;
import vn.egov.sdk.stats.internal.RedisStatsStore;

/** Opens the stats stores. None connects when opened: an unreachable store fails its first use. */
public final class StatsStores {
  private StatsStores() {}

  /** Everything in this JVM's memory (tests, throw-away demos). */
  public static StatsStore inMemory() {
    return new InMemoryStatsStore();
  }

  /**
   * The default embedded store: an H2 file {@code stats.mv.db} in {@code dataDir} (created if
   * missing), written through on every commit. One process at a time.
   */
  public static StatsStore embedded(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    Path file = dataDir.toAbsolutePath().resolve("stats");
    return JdbcStatsStore.open("jdbc:h2:file:" + file);
  }

  /**
   * Opens a store by URL: {@code jdbc:h2:…}, {@code jdbc:postgresql://host:port/db?user=…&password=…},
   * {@code redis://host:port[/db]} (optionally {@code ?prefix=…} for the key prefix), or
   * {@code memory:}.
   *
   * @throws IllegalArgumentException for any other URL (the message does not repeat it: it may hold
   *     a password)
   */
  public static StatsStore open(String url) {
    Objects.requireNonNull(url, "url");
    if (url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql://")) {
      return JdbcStatsStore.open(url);
    }
    if (url.startsWith("redis://")) {
      return RedisStatsStore.open(url);
    }
    if (url.equals("memory:")) {
      return inMemory();
    }
    throw new IllegalArgumentException(
        "a stats store URL starts with jdbc:h2:, jdbc:postgresql://, redis:// or is memory:");
  }
}
