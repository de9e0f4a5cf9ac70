package vn.egov.sdk.stats.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.testing.TestServices;
import vn.egov.sdk.stats.contract.ChildJvm;
import vn.egov.sdk.stats.PollTally;
import vn.egov.sdk.stats.Polls;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.contract.StatsStoreContract;
import vn.egov.sdk.stats.StatsStores;

/**
 * A node killed with SIGKILL while it is acknowledging votes: after a restart every acknowledged
 * vote is there.
 */
class CrashTest {
  @TempDir
  Path dir;

  @Test
  void theEmbeddedSqliteStoreKeepsEveryAcknowledgedVote() throws Exception {
    // the same file as StatsStores.embedded(dir), by a plain URL: sdk-jdbc adds WAL and synchronous=FULL
    String url = "jdbc:sqlite:" + dir.resolve("stats.db").toAbsolutePath();
    try (StatsStore store = StatsStores.embedded(dir)) {
      new Polls(store, Clock.systemUTC()).create(StatsStoreContract.portalPoll2013("crash"));
    }
    checkAcknowledgedVotesSurvive(url, () -> StatsStores.embedded(dir));
  }

  @Test
  void postgresqlKeepsEveryAcknowledgedVote() throws Exception {
    String url = TestServices.newPostgresSchema();
    try {
      try (StatsStore store = StatsStores.open(url)) {
        new Polls(store, Clock.systemUTC()).create(StatsStoreContract.portalPoll2013("crash"));
      }
      checkAcknowledgedVotesSurvive(url, () -> StatsStores.open(url));
    } finally {
      TestServices.dropPostgresSchema(url);
    }
  }

  private void checkAcknowledgedVotesSurvive(String url, java.util.function.Supplier<StatsStore> reopen)
      throws Exception {
    List<String> acknowledged = new ArrayList<>();
    try (ChildJvm child = new ChildJvm(dir.resolve("child.log"), "vote-forever", url, "crash")) {
      assertThat(child.nextLine()).isEqualTo("STARTED");
      while (acknowledged.size() < 40) {
        String line = child.nextLine();
        assertThat(line).as("child output (see child.log)").startsWith("ACK ");
        acknowledged.add(line.substring(4));
      }
      child.kill();
      String line;
      while (!(line = child.nextLine()).equals("EOF")) {
        acknowledged.add(line.substring(4));
      }
    }
    try (StatsStore store = reopen.get()) {
      PollTally tally = store.tally("crash");
      assertThat(tally.voters()).isGreaterThanOrEqualTo(acknowledged.size());
      for (String voter : acknowledged) {
        assertThat(store.castBallot("crash", voter, List.of("dep"), java.time.Instant.now()))
            .as("ballot of %s must still be there", voter).isFalse();
      }
    }
  }
}
