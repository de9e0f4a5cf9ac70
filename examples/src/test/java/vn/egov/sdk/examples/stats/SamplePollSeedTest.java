package vn.egov.sdk.examples.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.stats.Poll;
import vn.egov.sdk.stats.Polls;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.StatsStores;

class SamplePollSeedTest {
  final StatsStore store = StatsStores.inMemory();
  final Polls polls = new Polls(store, Clock.systemUTC());

  @Test
  void seedingTwiceStillGivesThe2013Figures() {
    assertThat(StatsFeature.seedSamplePoll(store, polls)).isTrue();
    assertThat(StatsFeature.seedSamplePoll(store, polls)).isTrue();
    assertThat(polls.results(StatsFeature.SAMPLE_POLL_ID).totalVoters()).isEqualTo(25);
  }

  @Test
  void anInterruptedSeedingIsCompletedByTheNextOne() {
    StatsFeature.seedSamplePoll(store, polls);
    StatsStore fresh = StatsStores.inMemory();
    Polls freshPolls = new Polls(fresh, Clock.systemUTC());
    // the poll and three ballots made it before the store went away
    freshPolls.create(store.polls().get(0));
    for (int v = 1; v <= 3; v++) {
      fresh.castBallot(StatsFeature.SAMPLE_POLL_ID, "sample-voter-" + v, List.of("tot"),
          Instant.parse("2013-06-01T00:00:00Z"));
    }
    assertThat(StatsFeature.seedSamplePoll(fresh, freshPolls)).isTrue();
    assertThat(freshPolls.results(StatsFeature.SAMPLE_POLL_ID).totalVoters()).isEqualTo(25);
  }

  @Test
  void aStoreWithTheAgencysOwnPollsGetsNoSample() {
    polls.create(Poll.builder("own").question("Q?").option("a", "A").option("b", "B").build());
    assertThat(StatsFeature.seedSamplePoll(store, polls)).isTrue();
    assertThat(store.polls()).extracting(Poll::id).containsExactly("own");
  }
}
