package vn.egov.sdk.stats.jdbc;

import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.jdbc.internal.JdbcStatsStore;
import vn.egov.sdk.stats.spi.StatsStoreProvider;

/**
 * The stats store on SQLite ({@code jdbc:sqlite:…}, the embedded default), H2 ({@code jdbc:h2:…},
 * accepted but not crash-safe) or PostgreSQL ({@code jdbc:postgresql://…}); found by
 * {@link vn.egov.sdk.stats.StatsStores#open(String)} when this jar is on the class path. The driver is
 * the application's dependency ({@code org.xerial:sqlite-jdbc}, {@code com.h2database:h2},
 * {@code org.postgresql:postgresql}); without it, opening fails with
 * {@link vn.egov.sdk.jdbc.MissingDriverException} naming it.
 */
public final class JdbcStatsStoreProvider implements StatsStoreProvider {
  /** For {@link java.util.ServiceLoader}. */
  public JdbcStatsStoreProvider() {}

  @Override
  public boolean accepts(String url) {
    return JdbcStatsStore.accepts(url);
  }

  @Override
  public StatsStore open(String url) {
    return JdbcStatsStore.open(url);
  }
}
