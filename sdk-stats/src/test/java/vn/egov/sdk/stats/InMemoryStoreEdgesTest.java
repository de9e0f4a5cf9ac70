package vn.egov.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-memory store at the edges of its windows: the online window, forgetting, days. */
class InMemoryStoreEdgesTest {
  private static final Instant T = Instant.parse("2026-11-27T07:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  private final StatsStore store = StatsStores.inMemory();
  private int batches;

  private PageViewBatch batch(Instant forgetBefore, LocalDate forgetDaysBefore, VisitorActivity... visitors) {
    return new PageViewBatch("b" + batches++, visitors.length, Map.of("/", (long) visitors.length), List.of(visitors),
        Map.of(), VisitorCounter.VISIT_IDLE, forgetBefore, forgetDaysBefore);
  }

  private static VisitorActivity seen(String id, boolean member, Instant first, Instant last) {
    return new VisitorActivity(id, member, first, last, LocalDate.ofInstant(first, VisitorCounter.ZONE),
        LocalDate.ofInstant(last, VisitorCounter.ZONE), 1);
  }

  @Test
  void aVisitorLastSeenExactlyAtTheStartOfTheOnlineWindowIsOnline() {
    store.apply(batch(T.minus(Duration.ofHours(1)), DAY.minusDays(2), seen("v", false, T, T)));
    assertThat(store.visitorTotals(T, DAY).onlineGuests()).isEqualTo(1);
    assertThat(store.visitorTotals(T.plusMillis(1), DAY).onlineGuests()).isZero();
  }

  @Test
  void presenceLastSeenExactlyAtTheForgettingInstantIsKept() {
    store.apply(batch(T.minus(Duration.ofHours(1)), DAY.minusDays(2), seen("kept", false, T, T),
        seen("gone", false, T.minusMillis(1), T.minusMillis(1))));
    store.apply(batch(T, DAY.minusDays(2)));
    assertThat(store.visitorTotals(T.minus(Duration.ofDays(1)), DAY).onlineGuests()).isEqualTo(1);
  }

  @Test
  void aPageViewAtTheSameInstantAsTheStoredOneDecidesTheMemberFlag() {
    store.apply(batch(T.minus(Duration.ofHours(1)), DAY.minusDays(2), seen("v", false, T, T)));
    store.apply(batch(T.minus(Duration.ofHours(1)), DAY.minusDays(2), seen("v", true, T, T)));
    VisitorTotals t = store.visitorTotals(T, DAY);
    assertThat(t.onlineMembers()).isEqualTo(1);
    assertThat(t.onlineGuests()).isZero();
    // an older page view arriving late does not
    store.apply(batch(T.minus(Duration.ofHours(1)), DAY.minusDays(2),
        seen("v", false, T.minusSeconds(5), T.minusSeconds(5))));
    assertThat(store.visitorTotals(T, DAY).onlineMembers()).isEqualTo(1);
  }

  @Test
  void aVisitorSeenBeforeAndAfterMidnightIsAUniqueVisitorOfBothDays() {
    Instant lateEvening = Instant.parse("2026-11-27T16:50:00Z");
    Instant afterMidnight = Instant.parse("2026-11-27T17:10:00Z");
    store.apply(batch(T.minus(Duration.ofHours(1)), DAY.minusDays(2), seen("v", false, lateEvening, afterMidnight)));
    assertThat(store.visitorTotals(afterMidnight, DAY).todayUniqueVisitors()).isEqualTo(1);
    assertThat(store.visitorTotals(afterMidnight, DAY.plusDays(1)).todayUniqueVisitors()).isEqualTo(1);
  }

  @Test
  void uniqueVisitorsOfDaysBeforeTheForgettingDayAreDropped() {
    store.apply(batch(T.minus(Duration.ofHours(1)), DAY.minusDays(2), seen("v", false, T, T)));
    store.apply(batch(T.minus(Duration.ofHours(1)), DAY));
    assertThat(store.visitorTotals(T, DAY).todayUniqueVisitors()).isEqualTo(1);
    store.apply(batch(T.minus(Duration.ofHours(1)), DAY.plusDays(1)));
    assertThat(store.visitorTotals(T, DAY).todayUniqueVisitors()).isZero();
  }

  @Test
  void closingAPollThatDoesNotExistChangesNothing() {
    assertThat(store.closePoll("nope", T)).isFalse();
    assertThat(store.poll("nope")).isEmpty();
    assertThat(store.kind()).isEqualTo("memory");
  }

  @Test
  void theLast1024BatchIdsAreRememberedSoThatARetryOfAnyOfThemCountsOnce() {
    PageViewBatch first = batch(T.minus(Duration.ofHours(1)), DAY.minusDays(2), seen("v", false, T, T));
    store.apply(first);
    for (int i = 1; i < 1024; i++) {
      store.apply(batch(T.minus(Duration.ofHours(1)), DAY.minusDays(2), seen("v", false, T, T)));
    }
    assertThat(store.visitorTotals(T, DAY).pageViews()).isEqualTo(1024);
    store.apply(first); // the 1024th id back: still known
    assertThat(store.visitorTotals(T, DAY).pageViews()).isEqualTo(1024);
    store.apply(batch(T.minus(Duration.ofHours(1)), DAY.minusDays(2), seen("v", false, T, T)));
    store.apply(first); // 1025 ids later the first is forgotten
    assertThat(store.visitorTotals(T, DAY).pageViews()).isEqualTo(1026);
  }
}
