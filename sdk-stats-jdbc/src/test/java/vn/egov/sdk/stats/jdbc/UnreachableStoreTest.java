package vn.egov.sdk.stats.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.stats.PageView;
import vn.egov.sdk.stats.Polls;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.contract.StatsStoreContract;
import vn.egov.sdk.stats.StatsStores;
import vn.egov.sdk.stats.StoreUnavailableException;
import vn.egov.sdk.stats.VisitorCounter;

/** Real clients against a port where nothing listens: typed failures, never a hang or a raw error. */
class UnreachableStoreTest {

  private static int deadPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void postgresqlDownMeansStoreUnavailable() throws IOException {
    try (StatsStore store = StatsStores.open("jdbc:postgresql://127.0.0.1:" + deadPort()
        + "/test?user=postgres&password=secret&connectTimeout=2")) {
      assertThatThrownBy(() -> new Polls(store, Clock.systemUTC()).vote("p", "v", List.of("a")))
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessageNotContaining("secret");
      assertThatThrownBy(store::ping).isInstanceOf(StoreUnavailableException.class);
    }
  }

  @Test
  void theEmbeddedStoreKeepsEverythingAcrossRestarts(@TempDir Path dir) {
    try (StatsStore store = StatsStores.embedded(dir)) {
      Polls polls = new Polls(store, Clock.systemUTC());
      polls.create(StatsStoreContract.portalPoll2013("kept"));
      polls.vote("kept", "v1", List.of("dep"));
      try (VisitorCounter counter = VisitorCounter.builder(store).build()) {
        counter.record(PageView.guest("v1", "/tin-tuc/1442"));
      }
    }
    try (StatsStore store = StatsStores.embedded(dir)) {
      assertThat(new Polls(store, Clock.systemUTC()).results("kept").totalVoters()).isEqualTo(1);
      assertThat(store.pageViews("/tin-tuc/1442")).isEqualTo(1);
    }
  }
}
