package vn.egov.sdk.stats.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.stats.OptionResult;
import vn.egov.sdk.stats.PageView;
import vn.egov.sdk.stats.PageViewBatch;
import vn.egov.sdk.stats.Poll;
import vn.egov.sdk.stats.PollException;
import vn.egov.sdk.stats.PollResults;
import vn.egov.sdk.stats.PollStatus;
import vn.egov.sdk.stats.Polls;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.VisitorActivity;
import vn.egov.sdk.stats.VisitorCounter;
import vn.egov.sdk.stats.VisitorStats;

/**
 * The behaviour every {@link StatsStore} shares, driven through {@link VisitorCounter} and
 * {@link Polls}. Each implementation's test class supplies a fresh, isolated store.
 */
public abstract class StatsStoreContract {
  /** 2026-11-27 14:00 in Hà Nội. */
  protected static final Instant START = Instant.parse("2026-11-27T07:00:00Z");

  protected MutableClock clock;
  protected StatsStore store;
  protected VisitorCounter counter;
  protected Polls polls;

  /** A new, empty store of the kind under test. */
  protected abstract StatsStore newStore();

  /** Releases what {@link #newStore()} set up (schema, key prefix…); the store is closed already. */
  protected void dispose() {}

  @BeforeEach
  void open() {
    clock = new MutableClock(START);
    store = newStore();
    counter = VisitorCounter.builder(store).clock(clock).flushInterval(Duration.ofMinutes(10)).build();
    polls = new Polls(store, clock);
  }

  @AfterEach
  void closeAll() {
    try {
      counter.close();
      store.close();
    } finally {
      dispose();
    }
  }

  private void view(String visitor, String member, String path) {
    assertThat(counter.record(new PageView(visitor, member, path))).isTrue();
  }

  private void flush() {
    assertThat(counter.flush()).isTrue();
  }

  @Test
  void countsPageViewsInTotalAndPerPageAfterAFlush() {
    view("v1", null, "/tin-tuc/1442");
    view("v1", null, "/tin-tuc/1442");
    view("v2", null, "/");
    assertThat(counter.stats().pageViews()).isZero();
    flush();
    assertThat(counter.stats().pageViews()).isEqualTo(3);
    assertThat(counter.pageViews("/tin-tuc/1442")).isEqualTo(2);
    assertThat(counter.pageViews("/")).isEqualTo(1);
    assertThat(counter.pageViews("/never-seen")).isZero();
    view("v3", null, "/tin-tuc/1442");
    flush();
    assertThat(counter.pageViews("/tin-tuc/1442")).isEqualTo(3);
    assertThat(counter.stats().pageViews()).isEqualTo(4);
  }

  @Test
  void onlineCountsDistinctVisitorsInTheWindowSplitIntoGuestsAndMembers() {
    view("g1", null, "/");
    view("g1", null, "/a");
    view("g2", null, "/");
    view("m1", "member-7", "/");
    flush();
    VisitorStats s = counter.stats();
    assertThat(s.onlineGuests()).isEqualTo(2);
    assertThat(s.onlineMembers()).isEqualTo(1);
    assertThat(s.onlineTotal()).isEqualTo(3);
    assertThat(s.onlineWindow()).isEqualTo(Duration.ofMinutes(5));

    clock.advance(Duration.ofMinutes(4));
    view("g2", null, "/b");
    flush();
    clock.advance(Duration.ofMinutes(2));
    s = counter.stats();
    assertThat(s.onlineGuests()).isEqualTo(1);
    assertThat(s.onlineMembers()).isZero();
  }

  @Test
  void aGuestWhoSignsInCountsAsAMember() {
    view("v1", null, "/");
    flush();
    clock.advance(Duration.ofSeconds(30));
    view("v1", "member-1", "/");
    flush();
    VisitorStats s = counter.stats();
    assertThat(s.onlineGuests()).isZero();
    assertThat(s.onlineMembers()).isEqualTo(1);
  }

  @Test
  void aVisitStartsWithTheFirstPageViewOrOneAfterThirtyIdleMinutes() {
    view("v1", null, "/");
    clock.advance(Duration.ofMinutes(10));
    view("v1", null, "/a");
    flush();
    assertThat(counter.stats().totalVisits()).isEqualTo(1);

    clock.advance(Duration.ofMinutes(29));
    view("v1", null, "/b");
    flush();
    assertThat(counter.stats().totalVisits()).isEqualTo(1);

    clock.advance(Duration.ofMinutes(31));
    view("v1", null, "/c");
    // a second idle gap inside the same batch
    clock.advance(Duration.ofMinutes(45));
    view("v1", null, "/d");
    flush();
    VisitorStats s = counter.stats();
    assertThat(s.totalVisits()).isEqualTo(3);
    assertThat(s.pageViews()).isEqualTo(5);
  }

  @Test
  void todayIsADayInHoChiMinhCity() {
    clock.set(Instant.parse("2026-11-27T16:58:00Z")); // 23:58 in Hà Nội
    view("late", null, "/");
    flush();
    assertThat(counter.stats().todayVisits()).isEqualTo(1);
    clock.set(Instant.parse("2026-11-27T17:01:00Z")); // 00:01 the next day
    view("late", null, "/a"); // the same visit goes on past midnight
    view("early", null, "/");
    flush();
    VisitorStats s = counter.stats();
    assertThat(s.todayVisits()).isEqualTo(1);
    assertThat(s.todayUniqueVisitors()).isEqualTo(2);
    assertThat(s.totalVisits()).isEqualTo(2);
  }

  @Test
  void aRetriedBatchCountsOnce() {
    PageViewBatch batch = new PageViewBatch("batch-1", 2, Map.of("/", 2L),
        List.of(new VisitorActivity("v1", false, START, START, LocalDate.of(2026, 11, 27),
            LocalDate.of(2026, 11, 27), 2)),
        Map.of(), VisitorCounter.VISIT_IDLE, START.minus(Duration.ofHours(1)), LocalDate.of(2026, 11, 20));
    store.apply(batch);
    store.apply(batch);
    VisitorStats s = counter.stats();
    assertThat(s.pageViews()).isEqualTo(2);
    assertThat(s.totalVisits()).isEqualTo(1);
    assertThat(counter.pageViews("/")).isEqualTo(2);
  }

  @Test
  void pageViewsFromManyThreadsAreCountedExactly() throws Exception {
    int threads = 8;
    int each = 500;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < each; i++) {
            view("visitor-" + thread + "-" + (i % 50), null, "/p" + (i % 7));
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    flush();
    VisitorStats s = counter.stats();
    assertThat(s.pageViews()).isEqualTo((long) threads * each);
    assertThat(s.onlineTotal()).isEqualTo(threads * 50L);
    assertThat(s.totalVisits()).isEqualTo(threads * 50L);
    long perPage = 0;
    for (int p = 0; p < 7; p++) {
      perPage += counter.pageViews("/p" + p);
    }
    assertThat(perPage).isEqualTo((long) threads * each);
  }

  public static Poll portalPoll2013(String id) {
    return Poll.builder(id)
        .question("Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử?")
        .option("dep", "Đẹp, dễ sử dụng")
        .option("binh-thuong", "Bình thường")
        .option("kho-dung", "Khó sử dụng")
        .option("y-kien-khac", "Ý kiến khác")
        .sample(true)
        .build();
  }

  @Test
  void thePortalPollOf2013GivesPercentagesThatAddUpTo100() {
    polls.create(portalPoll2013("p2013"));
    int voter = 0;
    int[] votes = {16, 4, 1, 4};
    String[] options = {"dep", "binh-thuong", "kho-dung", "y-kien-khac"};
    for (int o = 0; o < votes.length; o++) {
      for (int k = 0; k < votes[o]; k++) {
        polls.vote("p2013", "voter-" + voter++, List.of(options[o]));
      }
    }
    PollResults r = polls.results("p2013");
    assertThat(r.totalVoters()).isEqualTo(25);
    assertThat(r.totalVotes()).isEqualTo(25);
    assertThat(r.options()).extracting(OptionResult::votes).containsExactly(16L, 4L, 1L, 4L);
    assertThat(r.options()).extracting(OptionResult::percent).containsExactly(64, 16, 4, 16);
    assertThat(r.poll().sample()).isTrue();
    assertThat(r.poll().question()).isEqualTo("Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử?");
    assertThat(r.options().get(3).text()).isEqualTo("Ý kiến khác");
  }

  @Test
  void aPollWithoutVotesShowsZeroEverywhere() {
    polls.create(portalPoll2013("empty"));
    PollResults r = polls.results("empty");
    assertThat(r.status()).isEqualTo(PollStatus.OPEN);
    assertThat(r.totalVoters()).isZero();
    assertThat(r.options()).extracting(OptionResult::percent).containsOnly(0);
  }

  @Test
  void oneBallotPerVoter() {
    polls.create(portalPoll2013("once"));
    polls.vote("once", "citizen-1", List.of("dep"));
    assertThatThrownBy(() -> polls.vote("once", "citizen-1", List.of("kho-dung")))
        .isInstanceOfSatisfying(PollException.class,
            e -> assertThat(e.reason()).isEqualTo(PollException.Reason.ALREADY_VOTED));
    PollResults r = polls.results("once");
    assertThat(r.totalVoters()).isEqualTo(1);
    assertThat(r.options().get(0).votes()).isEqualTo(1);
    assertThat(r.options().get(2).votes()).isZero();
  }

  @Test
  void fiftyConcurrentBallotsOfOneVoterAcceptExactlyOne() throws Exception {
    polls.create(portalPoll2013("race"));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        String option = i % 2 == 0 ? "dep" : "kho-dung";
        Callable<Boolean> vote = () -> {
          go.await();
          try {
            polls.vote("race", "the-same-voter", List.of(option));
            return true;
          } catch (PollException e) {
            assertThat(e.reason()).isEqualTo(PollException.Reason.ALREADY_VOTED);
            return false;
          }
        };
        results.add(pool.submit(vote));
      }
      go.countDown();
      int accepted = 0;
      for (Future<Boolean> f : results) {
        if (f.get(60, TimeUnit.SECONDS)) {
          accepted++;
        }
      }
      assertThat(accepted).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    PollResults r = polls.results("race");
    assertThat(r.totalVoters()).isEqualTo(1);
    assertThat(r.totalVotes()).isEqualTo(1);
  }

  @Test
  void aPollIdIsUsedOnce() {
    polls.create(portalPoll2013("dup"));
    assertThatThrownBy(() -> polls.create(portalPoll2013("dup")))
        .isInstanceOfSatisfying(PollException.class,
            e -> assertThat(e.reason()).isEqualTo(PollException.Reason.POLL_EXISTS));
  }

  @Test
  void statusFollowsTheClockAndClosing() {
    Poll scheduled = Poll.builder("later").question("Q?").option("a", "A").option("b", "B")
        .opensAt(START.plus(Duration.ofHours(1))).closesAt(START.plus(Duration.ofHours(2))).build();
    polls.create(scheduled);
    assertThat(polls.results("later").status()).isEqualTo(PollStatus.SCHEDULED);
    assertThatThrownBy(() -> polls.vote("later", "v", List.of("a")))
        .isInstanceOfSatisfying(PollException.class,
            e -> assertThat(e.reason()).isEqualTo(PollException.Reason.POLL_NOT_OPEN));
    clock.advance(Duration.ofMinutes(90));
    assertThat(polls.vote("later", "v", List.of("a")).status()).isEqualTo(PollStatus.OPEN);
    clock.advance(Duration.ofMinutes(30));
    assertThat(polls.results("later").status()).isEqualTo(PollStatus.CLOSED);
    assertThatThrownBy(() -> polls.vote("later", "w", List.of("a")))
        .isInstanceOfSatisfying(PollException.class,
            e -> assertThat(e.reason()).isEqualTo(PollException.Reason.POLL_CLOSED));

    polls.create(portalPoll2013("to-close"));
    assertThat(polls.close("to-close").status()).isEqualTo(PollStatus.CLOSED);
    assertThat(polls.results("to-close").status()).isEqualTo(PollStatus.CLOSED);
    assertThatThrownBy(() -> polls.close("missing"))
        .isInstanceOfSatisfying(PollException.class,
            e -> assertThat(e.reason()).isEqualTo(PollException.Reason.POLL_NOT_FOUND));
  }

  @Test
  void badBallotsAreRefusedWithTheirReason() {
    polls.create(portalPoll2013("single"));
    assertReason(() -> polls.vote("single", "v", List.of("nope")), PollException.Reason.INVALID_OPTION);
    assertReason(() -> polls.vote("single", "v", List.of()), PollException.Reason.INVALID_OPTION);
    assertReason(() -> polls.vote("single", "v", List.of("dep", "dep")), PollException.Reason.INVALID_OPTION);
    assertReason(() -> polls.vote("single", "v", List.of("dep", "kho-dung")), PollException.Reason.TOO_MANY_CHOICES);
    assertReason(() -> polls.vote("single", "", List.of("dep")), PollException.Reason.INVALID_VOTER);
    assertReason(() -> polls.vote("single", "x".repeat(129), List.of("dep")), PollException.Reason.INVALID_VOTER);
    assertReason(() -> polls.vote("nope", "v", List.of("dep")), PollException.Reason.POLL_NOT_FOUND);
    assertReason(() -> polls.results("../etc"), PollException.Reason.POLL_NOT_FOUND);
    assertThat(polls.results("single").totalVoters()).isZero();
  }

  private static void assertReason(Runnable r, PollException.Reason reason) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(PollException.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void multipleChoiceShowsTheShareOfVoters() {
    polls.create(Poll.builder("multi").question("Dịch vụ nào bạn dùng?").option("a", "A")
        .option("b", "B").option("c", "C").maxChoices(2).build());
    polls.vote("multi", "v1", List.of("a", "b"));
    polls.vote("multi", "v2", List.of("a"));
    polls.vote("multi", "v3", List.of("c", "a"));
    PollResults r = polls.results("multi");
    assertThat(r.totalVoters()).isEqualTo(3);
    assertThat(r.totalVotes()).isEqualTo(5);
    assertThat(r.options()).extracting(OptionResult::percent).containsExactly(100, 33, 33);
  }

  @Test
  void pollsAreListedOldestFirst() {
    polls.create(portalPoll2013("second"));
    clock.advance(Duration.ofSeconds(1));
    polls.create(portalPoll2013("first"));
    assertThat(polls.list()).extracting(r -> r.poll().id()).containsExactly("second", "first");
    assertThat(store.poll("second")).contains(portalPoll2013("second"));
  }
}
