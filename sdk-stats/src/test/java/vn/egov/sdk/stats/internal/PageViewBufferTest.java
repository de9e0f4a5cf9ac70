package vn.egov.sdk.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.stats.PageViewBatch;
import vn.egov.sdk.stats.VisitorActivity;

class PageViewBufferTest {
  private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Duration IDLE = Duration.ofMinutes(30);
  /** 2026-11-27 14:00 in Hà Nội. */
  private static final Instant T0 = Instant.parse("2026-11-27T07:00:00Z");

  private static long at(Duration after) {
    return T0.plus(after).toEpochMilli();
  }

  @Test
  void aCapacityBelowOneIsRefused() {
    assertThatThrownBy(() -> new PageViewBuffer(0, IDLE, HCM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThat(new PageViewBuffer(1, IDLE, HCM).entries()).isZero();
  }

  @Test
  void aPageViewNeedingMoreEntriesThanAreLeftIsRefusedAndAddsNothing() {
    PageViewBuffer one = new PageViewBuffer(1, IDLE, HCM);
    assertThat(one.record("v1", false, "/", T0.toEpochMilli())).isFalse(); // visitor + path = 2
    assertThat(one.entries()).isZero();
    assertThat(one.drain("b", T0, Duration.ofMinutes(5))).isNull();

    PageViewBuffer two = new PageViewBuffer(2, IDLE, HCM);
    assertThat(two.record("v1", false, "/", T0.toEpochMilli())).isTrue(); // exactly full
    assertThat(two.entries()).isEqualTo(2);
    assertThat(two.record("v1", false, "/", T0.toEpochMilli())).isTrue(); // nothing new needed
    assertThat(two.record("v2", false, "/", T0.toEpochMilli())).isFalse();
    assertThat(two.record("v1", false, "/a", T0.toEpochMilli())).isFalse();
    assertThat(two.entries()).isEqualTo(2);
  }

  @Test
  void entriesReservedForUndeliveredBatchesCountAgainstTheCapacity() {
    PageViewBuffer b = new PageViewBuffer(4, IDLE, HCM);
    b.reserve(2);
    assertThat(b.record("v1", false, "/", T0.toEpochMilli())).isTrue(); // 2 + 2 = 4
    assertThat(b.record("v2", false, "/", T0.toEpochMilli())).isFalse();
    b.reserve(1);
    assertThat(b.record("v2", false, "/", T0.toEpochMilli())).isTrue();
    b.reserve(0);
    assertThat(b.entries()).isEqualTo(3);
  }

  @Test
  void visitorsOfABatchAreSortedById() {
    PageViewBuffer b = new PageViewBuffer(100, IDLE, HCM);
    for (String id : new String[] {"q", "b", "zz", "a"}) {
      b.record(id, false, "/", T0.toEpochMilli());
    }
    assertThat(b.drain("x", T0, Duration.ofMinutes(5)).visitors()).extracting(VisitorActivity::visitorId)
        .containsExactly("a", "b", "q", "zz");
  }

  @Test
  void drainingNothingGivesNoBatch() {
    PageViewBuffer b = new PageViewBuffer(10, IDLE, HCM);
    assertThat(b.drain("b", T0, Duration.ofMinutes(5))).isNull();
  }

  @Test
  void aDrainedBatchHoldsEverythingRecordedAndTheBufferStartsAfresh() {
    PageViewBuffer b = new PageViewBuffer(100, IDLE, HCM);
    b.record("v2", false, "/tin-tuc", at(Duration.ZERO));
    b.record("v1", false, "/", at(Duration.ofMinutes(1)));
    b.record("v1", true, "/tin-tuc", at(Duration.ofMinutes(2)));
    b.record("v1", true, "/tin-tuc", at(Duration.ofMinutes(3)));
    assertThat(b.entries()).isEqualTo(4);

    Instant now = T0.plus(Duration.ofMinutes(4));
    PageViewBatch batch = b.drain("batch-7", now, Duration.ofMinutes(5));
    assertThat(batch.batchId()).isEqualTo("batch-7");
    assertThat(batch.pageViews()).isEqualTo(4);
    assertThat(batch.pathViews()).isEqualTo(Map.of("/", 1L, "/tin-tuc", 3L));
    assertThat(batch.entries()).isEqualTo(4);
    assertThat(batch.visitIdle()).isEqualTo(IDLE);
    assertThat(batch.visitsWithinBatch()).isEmpty();
    LocalDate day = LocalDate.of(2026, 11, 27);
    assertThat(batch.visitors()).containsExactly(
        new VisitorActivity("v1", true, T0.plus(Duration.ofMinutes(1)), T0.plus(Duration.ofMinutes(3)),
            day, day, 3),
        new VisitorActivity("v2", false, T0, T0, day, day, 1));

    assertThat(b.entries()).isZero();
    assertThat(b.drain("batch-8", now, Duration.ofMinutes(5))).isNull();
    assertThat(b.record("v3", false, "/", at(Duration.ofMinutes(5)))).isTrue();
    assertThat(b.drain("batch-9", now, Duration.ofMinutes(5)).pageViews()).isEqualTo(1);
  }

  @Test
  void presenceIsKeptForTheLongerOfTheOnlineWindowAndTheIdleGapPlusAMinute() {
    PageViewBuffer b = new PageViewBuffer(100, IDLE, HCM);
    b.record("v1", false, "/", T0.toEpochMilli());
    PageViewBatch shortWindow = b.drain("a", T0, Duration.ofMinutes(5));
    assertThat(shortWindow.forgetBefore()).isEqualTo(T0.minus(Duration.ofMinutes(31)));
    assertThat(shortWindow.forgetDaysBefore()).isEqualTo(LocalDate.of(2026, 11, 25));

    b.record("v1", false, "/", T0.toEpochMilli());
    PageViewBatch longWindow = b.drain("b", T0, Duration.ofHours(2));
    assertThat(longWindow.forgetBefore()).isEqualTo(T0.minus(Duration.ofMinutes(121)));

    b.record("v1", false, "/", T0.toEpochMilli());
    PageViewBatch equalWindow = b.drain("c", T0, IDLE);
    assertThat(equalWindow.forgetBefore()).isEqualTo(T0.minus(Duration.ofMinutes(31)));
  }

  @Test
  void daysAreDaysInTheConfiguredZone() {
    PageViewBuffer b = new PageViewBuffer(100, IDLE, HCM);
    Instant lateEvening = Instant.parse("2026-11-27T16:50:00Z"); // 23:50 in Hà Nội
    Instant afterMidnight = Instant.parse("2026-11-27T17:40:00Z"); // 00:40 the next day
    b.record("v1", false, "/", lateEvening.toEpochMilli());
    b.record("v1", false, "/", afterMidnight.toEpochMilli()); // 50 idle minutes: a new visit
    PageViewBatch batch = b.drain("x", afterMidnight, Duration.ofMinutes(5));
    VisitorActivity a = batch.visitors().get(0);
    assertThat(a.firstDay()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(a.lastDay()).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(batch.visitsWithinBatch()).isEqualTo(Map.of(LocalDate.of(2026, 11, 28), 1L));
    assertThat(batch.forgetDaysBefore()).isEqualTo(LocalDate.of(2026, 11, 26));
  }

  @Test
  void aVisitInsideTheBatchStartsOnlyAfterMoreThanTheIdleGap() {
    PageViewBuffer b = new PageViewBuffer(100, IDLE, HCM);
    b.record("v1", false, "/", at(Duration.ZERO));
    b.record("v1", false, "/", at(Duration.ofMinutes(30))); // exactly 30: same visit
    b.record("v1", false, "/", at(Duration.ofMinutes(60).plusMillis(1))); // 30 min 1 ms: new
    b.record("v1", false, "/", at(Duration.ofMinutes(89))); // 29: same
    b.record("v1", false, "/", at(Duration.ofMinutes(120))); // 31: new
    PageViewBatch batch = b.drain("x", T0.plus(Duration.ofHours(2)), Duration.ofMinutes(5));
    assertThat(batch.visitsWithinBatch()).isEqualTo(Map.of(LocalDate.of(2026, 11, 27), 2L));
    assertThat(batch.visitors().get(0).pageViews()).isEqualTo(5);
  }

  @Test
  void aLatePageViewMovesTheFirstTimeBackButNotTheLastOrTheMemberFlag() {
    PageViewBuffer b = new PageViewBuffer(100, IDLE, HCM);
    b.record("v1", true, "/", at(Duration.ofMinutes(10)));
    b.record("v1", false, "/", at(Duration.ofMinutes(5))); // arrives late, as a guest
    PageViewBatch batch = b.drain("x", T0.plus(Duration.ofMinutes(11)), Duration.ofMinutes(5));
    VisitorActivity a = batch.visitors().get(0);
    assertThat(a.firstSeen()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    assertThat(a.lastSeen()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
    assertThat(a.member()).isTrue();
    assertThat(a.pageViews()).isEqualTo(2);
  }

  @Test
  void theLatestPageViewDecidesWhetherTheVisitorIsAMember() {
    PageViewBuffer b = new PageViewBuffer(100, IDLE, HCM);
    b.record("v1", false, "/", at(Duration.ZERO));
    b.record("v1", true, "/", at(Duration.ZERO)); // same instant, signed in
    PageViewBatch batch = b.drain("x", T0, Duration.ofMinutes(5));
    assertThat(batch.visitors().get(0).member()).isTrue();

    b.record("v2", true, "/", at(Duration.ZERO));
    b.record("v2", false, "/", at(Duration.ofMinutes(1))); // signed out
    assertThat(b.drain("y", T0, Duration.ofMinutes(5)).visitors().get(0).member()).isFalse();
  }
}
