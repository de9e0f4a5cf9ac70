package vn.egov.sdk.stats;

import java.util.Map;

/** What a store counted for one poll: the number of ballots and the votes per option id. */
public record PollTally(long voters, Map<String, Long> votes) {
  public PollTally {
    votes = Map.copyOf(votes);
  }

  public long votesFor(String optionId) {
    return votes.getOrDefault(optionId, 0L);
  }
}
