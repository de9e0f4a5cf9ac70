package vn.egov.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.stats.contract.MutableClock;

/**
 * A page view after more than 30 idle minutes starts a new visit; one exactly 30 minutes after the
 * previous page view still belongs to the same visit (the gap must exceed {@link
 * VisitorCounter#VISIT_IDLE}). The boundary holds both inside one batch (the buffer decides) and
 * across two flushes (the store decides from the last-seen time it keeps).
 */
class VisitBoundaryTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00Z"));
  private final StatsStore store = StatsStores.inMemory();
  private final VisitorCounter counter = VisitorCounter.builder(store).clock(clock)
      .flushInterval(Duration.ofMinutes(10)).build();

  @AfterEach
  void close() {
    counter.close();
  }

  private long visitsAfterTwoViews(Duration gap, boolean flushBetween) {
    assertThat(counter.record(PageView.guest("v1", "/"))).isTrue();
    if (flushBetween) {
      assertThat(counter.flush()).isTrue();
    }
    clock.advance(gap);
    assertThat(counter.record(PageView.guest("v1", "/a"))).isTrue();
    assertThat(counter.flush()).isTrue();
    return store.visitorTotals(clock.instant(), java.time.LocalDate.of(2026, 11, 27)).totalVisits();
  }

  @Test
  void twentyNineIdleMinutesInOneBatchAreOneVisit() {
    assertThat(visitsAfterTwoViews(Duration.ofMinutes(29), false)).isEqualTo(1);
  }

  @Test
  void exactlyThirtyIdleMinutesInOneBatchAreStillOneVisit() {
    assertThat(visitsAfterTwoViews(Duration.ofMinutes(30), false)).isEqualTo(1);
  }

  @Test
  void oneMillisecondMoreThanThirtyIdleMinutesInOneBatchStartsASecondVisit() {
    assertThat(visitsAfterTwoViews(Duration.ofMinutes(30).plusMillis(1), false)).isEqualTo(2);
  }

  @Test
  void thirtyOneIdleMinutesInOneBatchStartASecondVisit() {
    assertThat(visitsAfterTwoViews(Duration.ofMinutes(31), false)).isEqualTo(2);
  }

  @Test
  void twentyNineIdleMinutesAcrossFlushesAreOneVisit() {
    assertThat(visitsAfterTwoViews(Duration.ofMinutes(29), true)).isEqualTo(1);
  }

  @Test
  void exactlyThirtyIdleMinutesAcrossFlushesAreStillOneVisit() {
    assertThat(visitsAfterTwoViews(Duration.ofMinutes(30), true)).isEqualTo(1);
  }

  @Test
  void oneMillisecondMoreThanThirtyIdleMinutesAcrossFlushesStartsASecondVisit() {
    assertThat(visitsAfterTwoViews(Duration.ofMinutes(30).plusMillis(1), true)).isEqualTo(2);
  }

  @Test
  void thirtyOneIdleMinutesAcrossFlushesStartASecondVisit() {
    assertThat(visitsAfterTwoViews(Duration.ofMinutes(31), true)).isEqualTo(2);
  }

  @Test
  void theBatchDecidesFromTheStoredLastSeenTime() {
    Instant last = Instant.parse("2026-11-27T01:00:00Z");
    PageViewBatch batch = new PageViewBatch("b", 1, java.util.Map.of("/", 1L),
        java.util.List.of(), java.util.Map.of(), VisitorCounter.VISIT_IDLE, last, java.time.LocalDate.of(2026, 11, 25));
    assertThat(batch.startsVisit(activityAt(last.plus(Duration.ofMinutes(30))), last)).isFalse();
    assertThat(batch.startsVisit(activityAt(last.plus(Duration.ofMinutes(30)).plusMillis(1)), last))
        .isTrue();
    assertThat(batch.startsVisit(activityAt(last.plus(Duration.ofMinutes(29))), last)).isFalse();
    assertThat(batch.startsVisit(activityAt(last.plus(Duration.ofMinutes(31))), last)).isTrue();
    assertThat(batch.startsVisit(activityAt(last), null)).isTrue();
  }

  private static VisitorActivity activityAt(Instant at) {
    java.time.LocalDate day = java.time.LocalDate.ofInstant(at, VisitorCounter.ZONE);
    return new VisitorActivity("v1", false, at, at, day, day, 1);
  }
}
