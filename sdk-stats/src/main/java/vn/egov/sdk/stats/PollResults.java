package vn.egov.sdk.stats;

import java.util.List;

/**
 * A poll with its results at one instant. {@code totalVotes} counts chosen options (equal to
 * {@code totalVoters} for a single-choice poll); percentages follow {@link Percentages}.
 */
public record PollResults(Poll poll, PollStatus status, long totalVotes, long totalVoters,
    List<OptionResult> options) {
  public PollResults {
    options = List.copyOf(options);
  }
}
