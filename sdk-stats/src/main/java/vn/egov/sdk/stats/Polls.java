package vn.egov.sdk.stats;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Polls on a {@link StatsStore}: create, close, vote, results. The status of a poll comes from the
 * injected clock. One voter id has one ballot per poll, enforced atomically by the store (also across
 * nodes sharing it); a vote is acknowledged only once the store has it.
 *
 * <p>Failure contract: {@link PollException} with its reason for every expected refusal;
 * {@link StoreUnavailableException} when the store cannot be reached (nothing was recorded).
 */
public final class Polls {
  private final StatsStore store;
  private final Clock clock;

  public Polls(StatsStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Stores a new poll. @throws PollException {@code POLL_EXISTS} */
  public PollResults create(Poll poll) {
    store.createPoll(Objects.requireNonNull(poll, "poll"), clock.instant());
    return results(poll.id());
  }

  /** Closes a poll now (a closed poll stays closed). @throws PollException {@code POLL_NOT_FOUND} */
  public PollResults close(String pollId) {
    if (!Poll.isValidId(pollId) || !store.closePoll(pollId, clock.instant())) {
      throw notFound();
    }
    return results(pollId);
  }

  /** @throws PollException {@code POLL_NOT_FOUND} */
  public PollResults results(String pollId) {
    return resultsOf(find(pollId));
  }

  /** Every poll with its results, oldest first. */
  public List<PollResults> list() {
    List<PollResults> out = new ArrayList<>();
    for (Poll p : store.polls()) {
      out.add(resultsOf(p));
    }
    return out;
  }

  /**
   * Casts a voter's one ballot.
   *
   * @return the results including this ballot
   * @throws PollException {@code INVALID_VOTER}, {@code POLL_NOT_FOUND}, {@code POLL_NOT_OPEN},
   *     {@code POLL_CLOSED}, {@code INVALID_OPTION} (none, unknown or repeated),
   *     {@code TOO_MANY_CHOICES}, {@code ALREADY_VOTED}
   */
  public PollResults vote(String pollId, String voterId, Collection<String> optionIds) {
    if (!PageView.isValidId(voterId)) {
      throw new PollException(PollException.Reason.INVALID_VOTER,
          "voterId must be 1 to " + PageView.MAX_ID_LENGTH + " printable characters");
    }
    Poll poll = find(pollId);
    switch (poll.statusAt(clock.instant())) {
      case SCHEDULED -> throw new PollException(PollException.Reason.POLL_NOT_OPEN, "the poll is not open yet");
      case CLOSED -> throw new PollException(PollException.Reason.POLL_CLOSED, "the poll is closed");
      default -> { }
    }
    if (optionIds == null || optionIds.isEmpty()) {
      throw new PollException(PollException.Reason.INVALID_OPTION, "choose at least one option");
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (String id : optionIds) {
      if (id == null || !poll.hasOption(id) || !chosen.add(id)) {
        throw new PollException(PollException.Reason.INVALID_OPTION,
            "every option must be one of the poll's options, each at most once");
      }
    }
    if (chosen.size() > poll.maxChoices()) {
      throw new PollException(PollException.Reason.TOO_MANY_CHOICES,
          "at most " + poll.maxChoices() + " options may be chosen");
    }
    if (!store.castBallot(poll.id(), voterId, List.copyOf(chosen), clock.instant())) {
      throw new PollException(PollException.Reason.ALREADY_VOTED, "this voter has already voted");
    }
    return resultsOf(poll);
  }

  private PollResults resultsOf(Poll poll) {
    PollTally tally = store.tally(poll.id());
    List<PollOption> options = poll.options();
    long[] counts = new long[options.size()];
    long totalVotes = 0;
    for (int i = 0; i < counts.length; i++) {
      counts[i] = tally.votesFor(options.get(i).id());
      totalVotes += counts[i];
    }
    int[] percent = poll.multipleChoice()
        ? Percentages.shareOfVoters(counts, tally.voters())
        : Percentages.largestRemainder(counts);
    List<OptionResult> results = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      results.add(new OptionResult(options.get(i).id(), options.get(i).text(), counts[i], percent[i]));
    }
    return new PollResults(poll, poll.statusAt(clock.instant()), totalVotes, tally.voters(), results);
  }

  private Poll find(String pollId) {
    if (!Poll.isValidId(pollId)) {
      throw notFound();
    }
    return store.poll(pollId).orElseThrow(Polls::notFound);
  }

  private static PollException notFound() {
    return new PollException(PollException.Reason.POLL_NOT_FOUND, "no such poll");
  }
}
