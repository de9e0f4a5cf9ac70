package vn.egov.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class PercentagesPropertyTest {

  @Property(tries = 2000)
  void singleChoicePercentagesAlwaysAddUpTo100(
      @ForAll @Size(min = 1, max = 20) List<@LongRange(min = 0, max = 1_000_000) Long> votes) {
    long[] counts = votes.stream().mapToLong(Long::longValue).toArray();
    int[] percent = Percentages.largestRemainder(counts);
    long total = Arrays.stream(counts).sum();
    assertThat(Arrays.stream(percent).sum()).isEqualTo(total == 0 ? 0 : 100);
    for (int i = 0; i < counts.length; i++) {
      double exact = total == 0 ? 0 : counts[i] * 100.0 / total;
      assertThat((double) percent[i]).isBetween(Math.floor(exact), Math.floor(exact) + 1);
    }
    assertThat(Percentages.largestRemainder(counts.clone())).containsExactly(percent);
  }

  @Property(tries = 500)
  void moreVotesNeverShowFewerPercent(
      @ForAll @Size(min = 2, max = 10) List<@LongRange(min = 0, max = 10_000) Long> votes) {
    long[] counts = votes.stream().mapToLong(Long::longValue).toArray();
    int[] percent = Percentages.largestRemainder(counts);
    for (int i = 0; i < counts.length; i++) {
      for (int j = 0; j < counts.length; j++) {
        if (counts[i] > counts[j]) {
          assertThat(percent[i]).isGreaterThanOrEqualTo(percent[j]);
        }
      }
    }
  }

  @Example
  void thePortalPollOf2013() {
    assertThat(Percentages.largestRemainder(new long[] {16, 4, 1, 4})).containsExactly(64, 16, 4, 16);
  }

  @Example
  void tiesGoToTheEarlierOption() {
    assertThat(Percentages.largestRemainder(new long[] {1, 1, 1})).containsExactly(34, 33, 33);
    assertThat(Percentages.largestRemainder(new long[] {0, 1, 1, 1})).containsExactly(0, 34, 33, 33);
  }

  @Example
  void noVotesAllZero() {
    assertThat(Percentages.largestRemainder(new long[] {0, 0})).containsExactly(0, 0);
    assertThat(Percentages.shareOfVoters(new long[] {0, 0}, 0)).containsExactly(0, 0);
  }

  @Example
  void shareOfVotersRoundsHalfUp() {
    assertThat(Percentages.shareOfVoters(new long[] {1, 2, 0}, 8)).containsExactly(13, 25, 0);
  }
}
