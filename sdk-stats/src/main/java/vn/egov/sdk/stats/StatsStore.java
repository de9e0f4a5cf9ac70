package vn.egov.sdk.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where visitor counters and polls live: in memory, an embedded SQLite (or H2) file, PostgreSQL or Redis (see
 * {@link StatsStores}). All implementations behave the same; several server nodes may share one
 * PostgreSQL or Redis store.
 *
 * <p>Failure contract: every method either completes or throws {@link StoreUnavailableException}
 * (the store could not be reached or failed; nothing was applied, or for {@link #apply} the batch
 * may be retried safely), or the typed {@link PollException} named in its documentation.
 */
public interface StatsStore extends AutoCloseable {

  /**
   * Adds a batch of page views: counters, per-page views, presence, visits and today's visitors.
   * Applying the same batch id twice counts it once.
   */
  void apply(PageViewBatch batch);

  /** Visitor figures: online = last seen at or after {@code onlineSince}; "today" is {@code today}. */
  VisitorTotals visitorTotals(Instant onlineSince, LocalDate today);

  /** One page's view counter; 0 for a path never seen. */
  long pageViews(String path);

  /**
   * Stores a new poll; {@code createdAt} orders {@link #polls()}.
   *
   * @throws PollException {@code POLL_EXISTS} when the id is taken
   */
  void createPoll(Poll poll, Instant createdAt);

  Optional<Poll> poll(String id);

  /** Every poll, oldest first. */
  List<Poll> polls();

  /** Closes a poll at {@code at} (no-op if it already closed earlier); false if there is no such poll. */
  boolean closePoll(String id, Instant at);

  /**
   * Records one ballot, atomically: the first ballot of a voter for a poll is stored and true is
   * returned once it is durable (as durable as the store is); any later one returns false and
   * changes nothing, also when ballots arrive concurrently or through other nodes. The caller has
   * checked the options against the poll.
   */
  boolean castBallot(String pollId, String voterId, List<String> optionIds, Instant at);

  /** Ballots and votes per option of one poll (zeros for a poll without ballots). */
  PollTally tally(String pollId);

  /** Checks that the store answers. @throws StoreUnavailableException when it does not */
  void ping();

  /** A short name for logs and health: {@code memory}, {@code sqlite}, {@code h2}, {@code postgresql}, {@code redis}. */
  String kind();

  @Override
  void close();
}
