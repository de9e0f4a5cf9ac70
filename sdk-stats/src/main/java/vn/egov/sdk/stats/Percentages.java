package vn.egov.sdk.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Integer percentages for poll results. */
public final class Percentages {
  private Percentages() {}

  /**
   * Largest-remainder (Hamilton) percentages: every share is floored, then the points still missing
   * to 100 go to the largest remainders, ties to the earlier option. With at least one vote they add
   * up to exactly 100; with none all are 0. The same counts always give the same answer.
   *
   * @throws IllegalArgumentException for a negative count
   */
  public static int[] largestRemainder(long[] counts) {
    int[] out = new int[counts.length];
    long total = 0;
    for (long c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("counts must not be negative, was " + c);
      }
      total = Math.addExact(total, c);
    }
    if (total == 0) {
      return out;
    }
    long[] remainders = new long[counts.length];
    int given = 0;
    for (int i = 0; i < counts.length; i++) {
      long scaled = Math.multiplyExact(counts[i], 100L);
      out[i] = (int) (scaled / total);
      remainders[i] = scaled % total;
      given += out[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed()
        .thenComparingInt(i -> i));
    for (int k = 0; k < 100 - given; k++) {
      out[order.get(k)]++;
    }
    return out;
  }

  /**
   * For a multiple-choice poll: each option's share of the voters, rounded half up (they need not
   * add up to 100). With no voters all are 0.
   */
  public static int[] shareOfVoters(long[] counts, long voters) {
    int[] out = new int[counts.length];
    if (voters <= 0) {
      return out;
    }
    for (int i = 0; i < counts.length; i++) {
      out[i] = (int) ((Math.multiplyExact(counts[i], 200L) + voters) / (2 * voters));
    }
    return out;
  }
}
