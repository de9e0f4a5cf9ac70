package vn.egov.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening stores by URL when only sdk-stats is on the class path (no store module). */
class StatsStoresTest {
  @Test
  void unknownUrlsAreRefusedWithoutRepeatingThem() {
    assertThatThrownBy(() -> StatsStores.open("mysql://u:secret@h/db"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("secret");
  }

  @Test
  void memoryNeedsNoStoreModule() {
    try (StatsStore store = StatsStores.open("memory:")) {
      assertThat(store.pageViews("/")).isZero();
    }
  }

  @Test
  void aJdbcUrlWithoutTheJdbcModuleNamesTheArtifactsToAdd() {
    assertThatThrownBy(() -> StatsStores.open("jdbc:postgresql://127.0.0.1/test?user=u&password=secret"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("vn.egov.sdk:sdk-stats-jdbc")
        .hasMessageContaining("org.postgresql:postgresql")
        .hasMessageNotContaining("secret");
  }

  @Test
  void theEmbeddedStoreWithoutTheJdbcModuleNamesTheArtifactsToAdd(@TempDir Path dir) {
    assertThatThrownBy(() -> StatsStores.embedded(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("vn.egov.sdk:sdk-stats-jdbc")
        .hasMessageContaining("org.xerial:sqlite-jdbc");
  }

  /** An earlier version's H2 file is kept (and the message names H2's driver) until the data moves. */
  @Test
  void anExistingH2FileIsKeptWhenThereIsNoSqliteFile(@TempDir Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("stats.mv.db"), "");
    assertThatThrownBy(() -> StatsStores.embedded(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("com.h2database:h2");
    java.nio.file.Files.writeString(dir.resolve("stats.db"), "");
    assertThatThrownBy(() -> StatsStores.embedded(dir))
        .hasMessageContaining("org.xerial:sqlite-jdbc");
  }

  @Test
  void aRedisUrlWithoutTheRedisModuleNamesTheArtifactToAdd() {
    assertThatThrownBy(() -> StatsStores.open("redis://:secret@127.0.0.1:6379"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("vn.egov.sdk:sdk-stats-redis")
        .hasMessageNotContaining("secret");
  }
}
