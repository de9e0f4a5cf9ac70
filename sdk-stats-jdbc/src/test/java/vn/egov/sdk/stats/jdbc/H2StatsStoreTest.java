package vn.egov.sdk.stats.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.StatsStores;
import vn.egov.sdk.stats.contract.StatsStoreContract;

/** The store contract on an H2 file: still accepted by URL (not crash-safe, see docs/durability.md). */
class H2StatsStoreTest extends StatsStoreContract {
  @TempDir
  Path dir;

  @Override
  protected StatsStore newStore() {
    return StatsStores.open("jdbc:h2:file:" + dir.resolve("stats").toAbsolutePath());
  }
}
