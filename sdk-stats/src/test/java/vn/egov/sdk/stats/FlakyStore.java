package vn.egov.sdk.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** An in-memory store the test can take down and bring back. */
final class FlakyStore implements StatsStore {
  private final StatsStore delegate = StatsStores.inMemory();
  private volatile boolean down;

  void down(boolean isDown) {
    this.down = isDown;
  }

  private <T> T call(Supplier<T> work) {
    if (down) {
      throw new StoreUnavailableException("simulated outage", new java.io.IOException("connection refused"));
    }
    return work.get();
  }

  @Override
  public void apply(PageViewBatch batch) {
    call(() -> {
      delegate.apply(batch);
      return null;
    });
  }

  @Override
  public VisitorTotals visitorTotals(Instant onlineSince, LocalDate today) {
    return call(() -> delegate.visitorTotals(onlineSince, today));
  }

  @Override
  public long pageViews(String path) {
    return call(() -> delegate.pageViews(path));
  }

  @Override
  public void createPoll(Poll poll, Instant createdAt) {
    call(() -> {
      delegate.createPoll(poll, createdAt);
      return null;
    });
  }

  @Override
  public Optional<Poll> poll(String id) {
    return call(() -> delegate.poll(id));
  }

  @Override
  public List<Poll> polls() {
    return call(delegate::polls);
  }

  @Override
  public boolean closePoll(String id, Instant at) {
    return call(() -> delegate.closePoll(id, at));
  }

  @Override
  public boolean castBallot(String pollId, String voterId, List<String> optionIds, Instant at) {
    return call(() -> delegate.castBallot(pollId, voterId, optionIds, at));
  }

  @Override
  public PollTally tally(String pollId) {
    return call(() -> delegate.tally(pollId));
  }

  @Override
  public void ping() {
    call(() -> null);
  }

  @Override
  public String kind() {
    return "flaky";
  }

  @Override
  public void close() {
    delegate.close();
  }
}
