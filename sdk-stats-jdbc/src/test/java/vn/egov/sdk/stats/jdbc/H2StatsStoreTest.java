package vn.egov.sdk.stats.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.contract.StatsStoreContract;
import vn.egov.sdk.stats.StatsStores;

class H2StatsStoreTest extends StatsStoreContract {
  @TempDir
  Path dir;

  @Override
  protected StatsStore newStore() {
    return StatsStores.embedded(dir);
  }
}
