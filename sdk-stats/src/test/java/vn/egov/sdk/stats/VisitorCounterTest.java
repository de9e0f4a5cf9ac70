package vn.egov.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.stats.contract.MutableClock;
import vn.egov.sdk.stats.contract.StatsStoreContract;

class VisitorCounterTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T07:00:00Z"));

  @Test
  void pageViewsKeepBeingAcceptedWhileTheStoreIsDownAndArriveWhenItReturns() {
    FlakyStore store = new FlakyStore();
    try (VisitorCounter counter = VisitorCounter.builder(store).clock(clock)
        .flushInterval(Duration.ofMinutes(10)).build()) {
      store.down(true);
      assertThat(counter.record(PageView.guest("v1", "/"))).isTrue();
      assertThat(counter.flush()).isFalse();
      assertThat(counter.record(PageView.guest("v2", "/"))).isTrue();
      assertThat(counter.flush()).isFalse();
      assertThat(counter.pending()).isEqualTo(4); // two batches: v1 + "/", v2 + "/"
      store.down(false);
      assertThat(counter.flush()).isTrue();
      assertThat(counter.pending()).isZero();
      VisitorStats s = counter.stats();
      assertThat(s.pageViews()).isEqualTo(2);
      assertThat(s.onlineTotal()).isEqualTo(2);
      assertThat(s.totalVisits()).isEqualTo(2);
      assertThat(counter.overflowed()).isZero();
    }
  }

  @Test
  void aFullBufferRefusesNewEntriesWithoutBlockingAndCountsThem() {
    FlakyStore store = new FlakyStore();
    try (VisitorCounter counter = VisitorCounter.builder(store).clock(clock).capacity(5)
        .flushInterval(Duration.ofMinutes(10)).build()) {
      store.down(true);
      assertThat(counter.record(PageView.guest("v1", "/"))).isTrue();
      assertThat(counter.record(PageView.guest("v2", "/"))).isTrue();
      assertThat(counter.flush()).isFalse(); // 3 entries wait for the store
      assertThat(counter.record(PageView.guest("v3", "/"))).isTrue(); // 2 more: full
      assertThat(counter.record(PageView.guest("v4", "/"))).isFalse();
      assertThat(counter.record(PageView.guest("v3", "/a"))).isFalse();
      assertThat(counter.record(PageView.guest("v3", "/"))).isTrue(); // known visitor and path
      assertThat(counter.overflowed()).isEqualTo(2);
      store.down(false);
      assertThat(counter.flush()).isTrue();
      assertThat(counter.stats().pageViews()).isEqualTo(4);
      assertThat(counter.record(PageView.guest("v4", "/"))).isTrue();
    }
  }

  @Test
  void aVoteWhileTheStoreIsDownFailsWithATypedException() {
    FlakyStore store = new FlakyStore();
    Polls polls = new Polls(store, clock);
    polls.create(StatsStoreContract.portalPoll2013("p"));
    store.down(true);
    assertThatThrownBy(() -> polls.vote("p", "v", List.of("dep")))
        .isInstanceOf(StoreUnavailableException.class);
    store.down(false);
    assertThat(polls.vote("p", "v", List.of("dep")).totalVoters()).isEqualTo(1);
  }

  @Test
  void flushesOnItsOwnScheduleAndOnClose() {
    StatsStore store = StatsStores.inMemory();
    VisitorCounter counter = VisitorCounter.builder(store).clock(clock)
        .flushInterval(Duration.ofMillis(50)).build();
    counter.record(PageView.guest("v1", "/"));
    await().atMost(Duration.ofSeconds(30)).until(() -> counter.stats().pageViews() == 1);
    counter.record(PageView.guest("v1", "/"));
    counter.close();
    assertThat(store.visitorTotals(clock.instant(), java.time.LocalDate.of(2026, 11, 27)).pageViews())
        .isEqualTo(2);
    assertThat(counter.record(PageView.guest("v1", "/"))).isFalse();
  }

  @Test
  void figuresAreReusedForAShortWhileAndAfterAFlushReadAgain() {
    StatsStore store = StatsStores.inMemory();
    try (VisitorCounter counter = VisitorCounter.builder(store).clock(clock)
        .flushInterval(Duration.ofMinutes(10)).build();
        VisitorCounter otherNode = VisitorCounter.builder(store).clock(clock)
            .flushInterval(Duration.ofMinutes(10)).build()) {
      assertThat(counter.stats().pageViews()).isZero();
      otherNode.record(PageView.guest("v1", "/"));
      otherNode.flush();
      assertThat(counter.stats().pageViews()).isZero(); // read less than a second ago
      clock.advance(Duration.ofSeconds(1));
      assertThat(counter.stats().pageViews()).isEqualTo(1);
      counter.record(PageView.guest("v2", "/"));
      counter.flush();
      assertThat(counter.stats().pageViews()).isEqualTo(2); // its own flush is seen at once
    }
  }

  @Test
  void settingsAreCheckedAtOnce() {
    StatsStore store = StatsStores.inMemory();
    assertThatThrownBy(() -> VisitorCounter.builder(store).onlineWindow(Duration.ZERO))
        .hasMessageContaining("onlineWindow");
    assertThatThrownBy(() -> VisitorCounter.builder(store).flushInterval(Duration.ofMillis(1)))
        .hasMessageContaining("flushInterval");
    assertThatThrownBy(() -> VisitorCounter.builder(store).capacity(0)).hasMessageContaining("capacity");
    assertThatThrownBy(() -> VisitorCounter.builder(store).statsTtl(Duration.ofHours(1)))
        .hasMessageContaining("statsTtl");
  }
}
