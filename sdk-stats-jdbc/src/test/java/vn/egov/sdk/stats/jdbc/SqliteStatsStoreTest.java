package vn.egov.sdk.stats.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.StatsStores;
import vn.egov.sdk.stats.contract.StatsStoreContract;

/** The store contract on the embedded default: the SQLite file {@code stats.db} in the data directory. */
class SqliteStatsStoreTest extends StatsStoreContract {
  @TempDir
  Path dir;

  @Override
  protected StatsStore newStore() {
    return StatsStores.embedded(dir.resolve("data"));
  }

  @Test
  void theEmbeddedStoreIsASqliteFileInTheDataDirectory() {
    assertThat(store.kind()).isEqualTo("sqlite");
    store.ping();
    assertThat(dir.resolve("data").resolve("stats.db")).exists();
  }
}
