package vn.egov.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Worked examples of the largest-remainder percentages. */
class PercentagesTest {
  @Test
  void theExtraPointGoesToTheLargestRemainderEvenWhenThatOptionHasFewerVotes() {
    // 5/7 = 71.43 % (remainder 3), 2/7 = 28.57 % (remainder 4): the point goes to the smaller count.
    assertThat(Percentages.largestRemainder(new long[] {5, 2})).containsExactly(71, 29);
    assertThat(Percentages.largestRemainder(new long[] {2, 5})).containsExactly(29, 71);
  }

  @Test
  void tiedRemaindersGiveThePointToTheEarlierOption() {
    assertThat(Percentages.largestRemainder(new long[] {1, 1, 1})).containsExactly(34, 33, 33);
  }

  @Test
  void noVotesGiveZeroEverywhereAndANegativeCountIsRefused() {
    assertThat(Percentages.largestRemainder(new long[] {0, 0})).containsExactly(0, 0);
    assertThatThrownBy(() -> Percentages.largestRemainder(new long[] {3, -1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void shareOfVotersRoundsHalfUpAndNeedNotAddUpTo100() {
    // 1 of 8 voters = 12.5 % -> 13; 3 of 8 = 37.5 % -> 38
    assertThat(Percentages.shareOfVoters(new long[] {1, 3, 8}, 8)).containsExactly(13, 38, 100);
    assertThat(Percentages.shareOfVoters(new long[] {2}, 0)).containsExactly(0);
  }
}
