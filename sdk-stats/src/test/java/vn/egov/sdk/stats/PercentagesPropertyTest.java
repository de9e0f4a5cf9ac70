package vn.egov.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of the percentages, checked over thousands of generated vote counts (seeded, so a failure
 * reproduces; the failing counts are in the assertion's description).
 */
class PercentagesPropertyTest {

  /** Random counts, biased towards the hard cases: zeros, ties, one option, huge numbers. */
  private static long[] randomCounts(SplittableRandom random, int minOptions, int maxOptions, long max) {
    int n = random.nextInt(minOptions, maxOptions + 1);
    long[] counts = new long[n];
    int shape = random.nextInt(4);
    long tie = random.nextLong(0, max + 1);
    for (int i = 0; i < n; i++) {
      counts[i] = switch (shape) {
        case 0 -> random.nextLong(0, max + 1);
        case 1 -> random.nextInt(3) == 0 ? 0 : random.nextLong(0, 10);
        case 2 -> random.nextBoolean() ? tie : random.nextLong(0, max + 1);
        default -> random.nextLong(0, 3);
      };
    }
    return counts;
  }

  @Test
  void singleChoicePercentagesAlwaysAddUpTo100() {
    SplittableRandom random = new SplittableRandom(20131441L);
    for (int run = 0; run < 5_000; run++) {
      long[] counts = randomCounts(random, 1, 20, 1_000_000);
      String description = Arrays.toString(counts);
      int[] percent = Percentages.largestRemainder(counts);
      long total = Arrays.stream(counts).sum();
      assertThat(Arrays.stream(percent).sum()).as(description).isEqualTo(total == 0 ? 0 : 100);
      for (int i = 0; i < counts.length; i++) {
        double exact = total == 0 ? 0 : counts[i] * 100.0 / total;
        assertThat((double) percent[i]).as(description).isBetween(Math.floor(exact), Math.floor(exact) + 1);
      }
      // deterministic: the same counts always give the same display
      assertThat(Percentages.largestRemainder(counts.clone())).as(description).containsExactly(percent);
    }
  }

  @Test
  void moreVotesNeverShowFewerPercent() {
    SplittableRandom random = new SplittableRandom(25L);
    for (int run = 0; run < 2_000; run++) {
      long[] counts = randomCounts(random, 2, 10, 10_000);
      int[] percent = Percentages.largestRemainder(counts);
      for (int i = 0; i < counts.length; i++) {
        for (int j = 0; j < counts.length; j++) {
          if (counts[i] > counts[j]) {
            assertThat(percent[i]).as(Arrays.toString(counts)).isGreaterThanOrEqualTo(percent[j]);
          }
        }
      }
    }
  }

  @Test
  void thePortalPollOf2013() {
    assertThat(Percentages.largestRemainder(new long[] {16, 4, 1, 4})).containsExactly(64, 16, 4, 16);
  }

  @Test
  void tiesGoToTheEarlierOption() {
    assertThat(Percentages.largestRemainder(new long[] {1, 1, 1})).containsExactly(34, 33, 33);
    assertThat(Percentages.largestRemainder(new long[] {0, 1, 1, 1})).containsExactly(0, 34, 33, 33);
  }

  @Test
  void noVotesAllZero() {
    assertThat(Percentages.largestRemainder(new long[] {0, 0})).containsExactly(0, 0);
    assertThat(Percentages.shareOfVoters(new long[] {0, 0}, 0)).containsExactly(0, 0);
  }

  @Test
  void shareOfVotersRoundsHalfUp() {
    assertThat(Percentages.shareOfVoters(new long[] {1, 2, 0}, 8)).containsExactly(13, 25, 0);
  }
}
