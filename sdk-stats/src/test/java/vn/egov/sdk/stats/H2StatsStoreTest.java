package vn.egov.sdk.stats;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2StatsStoreTest extends StatsStoreContract {
  @TempDir
  Path dir;

  @Override
  protected StatsStore newStore() {
    return StatsStores.embedded(dir);
  }
}
