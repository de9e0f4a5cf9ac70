package vn.egov.sdk.stats.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.egov.sdk.stats.PageViewBatch;
import vn.egov.sdk.stats.Poll;
import vn.egov.sdk.stats.PollException;
import vn.egov.sdk.stats.PollTally;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.VisitorActivity;
import vn.egov.sdk.stats.VisitorTotals;

/** A store in this JVM's memory, for tests and throw-away demos: everything is lost on exit. */
public final class InMemoryStatsStore implements StatsStore {
  private record Seen(long lastSeen, boolean member) {}

  private long pageViews;
  private long visits;
  private final Map<String, Long> pages = new HashMap<>();
  private final Map<String, Seen> visitors = new HashMap<>();
  private final Map<LocalDate, Long> dailyVisits = new HashMap<>();
  private final Map<LocalDate, Set<String>> dailyVisitors = new HashMap<>();
  private final Set<String> appliedBatches = java.util.Collections.newSetFromMap(
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > 1024;
        }
      });
  private final Map<String, Poll> polls = new LinkedHashMap<>();
  private final Map<String, Map<String, List<String>>> ballots = new HashMap<>();

  @Override
  public synchronized void apply(PageViewBatch batch) {
    if (!appliedBatches.add(batch.batchId())) {
      return;
    }
    pageViews += batch.pageViews();
    batch.pathViews().forEach((p, n) -> pages.merge(p, n, Long::sum));
    batch.visitsWithinBatch().forEach((d, n) -> {
      dailyVisits.merge(d, n, Long::sum);
      visits += n;
    });
    for (VisitorActivity a : batch.visitors()) {
      Seen old = visitors.get(a.visitorId());
      if (batch.startsVisit(a, old == null ? null : Instant.ofEpochMilli(old.lastSeen()))) {
        visits++;
        dailyVisits.merge(a.firstDay(), 1L, Long::sum);
      }
      long last = a.lastSeen().toEpochMilli();
      visitors.put(a.visitorId(), old == null || last >= old.lastSeen()
          ? new Seen(last, a.member()) : old);
      dailyVisitors.computeIfAbsent(a.firstDay(), d -> new HashSet<>()).add(a.visitorId());
      dailyVisitors.computeIfAbsent(a.lastDay(), d -> new HashSet<>()).add(a.visitorId());
    }
    long forget = batch.forgetBefore().toEpochMilli();
    visitors.values().removeIf(s -> s.lastSeen() < forget);
    dailyVisitors.keySet().removeIf(d -> d.isBefore(batch.forgetDaysBefore()));
  }

  @Override
  public synchronized VisitorTotals visitorTotals(Instant onlineSince, LocalDate today) {
    long since = onlineSince.toEpochMilli();
    long guests = 0;
    long members = 0;
    for (Seen s : visitors.values()) {
      if (s.lastSeen() >= since) {
        if (s.member()) {
          members++;
        } else {
          guests++;
        }
      }
    }
    return new VisitorTotals(guests, members, visits, pageViews, dailyVisits.getOrDefault(today, 0L),
        dailyVisitors.getOrDefault(today, Set.of()).size());
  }

  @Override
  public synchronized long pageViews(String path) {
    return pages.getOrDefault(path, 0L);
  }

  @Override
  public synchronized void createPoll(Poll poll, Instant createdAt) {
    if (polls.putIfAbsent(poll.id(), poll) != null) {
      throw new PollException(PollException.Reason.POLL_EXISTS, "a poll with this id exists");
    }
  }

  @Override
  public synchronized Optional<Poll> poll(String id) {
    return Optional.ofNullable(polls.get(id));
  }

  @Override
  public synchronized List<Poll> polls() {
    return new ArrayList<>(polls.values());
  }

  @Override
  public synchronized boolean closePoll(String id, Instant at) {
    Poll p = polls.get(id);
    if (p == null) {
      return false;
    }
    polls.put(id, p.closedAt(at));
    return true;
  }

  @Override
  public synchronized boolean castBallot(String pollId, String voterId, List<String> optionIds, Instant at) {
    Map<String, List<String>> forPoll = ballots.computeIfAbsent(pollId, k -> new HashMap<>());
    return forPoll.putIfAbsent(voterId, List.copyOf(optionIds)) == null;
  }

  @Override
  public synchronized PollTally tally(String pollId) {
    Map<String, List<String>> forPoll = ballots.getOrDefault(pollId, Map.of());
    Map<String, Long> votes = new HashMap<>();
    forPoll.values().forEach(opts -> opts.forEach(o -> votes.merge(o, 1L, Long::sum)));
    return new PollTally(forPoll.size(), votes);
  }

  @Override
  public void ping() {
    // always reachable
  }

  @Override
  public String kind() {
    return "memory";
  }

  @Override
  public void close() {
    // nothing to release
  }
}
