package vn.egov.sdk.stats.redis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.stats.Polls;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.StatsStores;
import vn.egov.sdk.stats.StoreUnavailableException;

/** A real client against a port where nothing listens: typed failures, never a hang or a raw error. */
class UnreachableRedisTest {

  private static int deadPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void redisDownMeansStoreUnavailable() throws IOException {
    try (StatsStore store = StatsStores.open("redis://127.0.0.1:" + deadPort())) {
      assertThatThrownBy(() -> new Polls(store, Clock.systemUTC()).vote("p", "v", List.of("a")))
          .isInstanceOf(StoreUnavailableException.class);
      assertThatThrownBy(store::ping).isInstanceOf(StoreUnavailableException.class);
    }
  }
}
