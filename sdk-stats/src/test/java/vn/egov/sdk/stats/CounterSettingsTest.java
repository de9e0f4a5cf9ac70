package vn.egov.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.stats.contract.MutableClock;

/** Each setting of the counter at both ends of its range. */
class CounterSettingsTest {
  private final StatsStore store = StatsStores.inMemory();

  private static void refused(Runnable r, String setting) {
    assertThatThrownBy(r::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(setting);
  }

  @Test
  void theOnlineWindowIsOneSecondToTwoDays() {
    try (VisitorCounter c = VisitorCounter.builder(store).onlineWindow(Duration.ofSeconds(1)).build()) {
      assertThat(c.onlineWindow()).isEqualTo(Duration.ofSeconds(1));
    }
    try (VisitorCounter c = VisitorCounter.builder(store).onlineWindow(Duration.ofDays(2)).build()) {
      assertThat(c.onlineWindow()).isEqualTo(Duration.ofDays(2));
    }
    try (VisitorCounter c = VisitorCounter.builder(store).build()) {
      assertThat(c.onlineWindow()).isEqualTo(VisitorCounter.DEFAULT_ONLINE_WINDOW);
    }
    refused(() -> VisitorCounter.builder(store).onlineWindow(Duration.ofMillis(999)), "onlineWindow");
    refused(() -> VisitorCounter.builder(store).onlineWindow(Duration.ofDays(2).plusNanos(1)), "onlineWindow");
  }

  @Test
  void theFlushIntervalIsTenMillisecondsToTenMinutes() {
    VisitorCounter.builder(store).flushInterval(Duration.ofMillis(10)).build().close();
    VisitorCounter.builder(store).flushInterval(Duration.ofMinutes(10)).build().close();
    refused(() -> VisitorCounter.builder(store).flushInterval(Duration.ofMillis(9)), "flushInterval");
    refused(() -> VisitorCounter.builder(store).flushInterval(Duration.ofMinutes(10).plusMillis(1)), "flushInterval");
  }

  @Test
  void theCapacityIsAtLeastOneAndTheStatsTtlZeroToOneMinute() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T07:00:00Z"));
    try (VisitorCounter c = VisitorCounter.builder(store).clock(clock).capacity(1).statsTtl(Duration.ZERO)
        .flushInterval(Duration.ofMinutes(10)).build()) {
      assertThat(c.record(PageView.guest("v", "/"))).isFalse(); // a visitor and a path need two entries
      assertThat(c.overflowed()).isEqualTo(1);
    }
    VisitorCounter.builder(store).statsTtl(Duration.ofMinutes(1)).build().close();
    refused(() -> VisitorCounter.builder(store).statsTtl(Duration.ofMillis(-1)), "statsTtl");
    refused(() -> VisitorCounter.builder(store).statsTtl(Duration.ofMinutes(1).plusMillis(1)), "statsTtl");
    refused(() -> VisitorCounter.builder(store).capacity(0), "capacity");
  }

  @Test
  void withAStatsTtlOfZeroEveryReadAsksTheStore() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T07:00:00Z"));
    try (VisitorCounter reader = VisitorCounter.builder(store).clock(clock).statsTtl(Duration.ZERO)
        .flushInterval(Duration.ofMinutes(10)).build();
        VisitorCounter writer = VisitorCounter.builder(store).clock(clock).flushInterval(Duration.ofMinutes(10)).build()) {
      assertThat(reader.stats().pageViews()).isZero();
      writer.record(PageView.guest("v", "/"));
      writer.flush();
      assertThat(reader.stats().pageViews()).isEqualTo(1);
    }
  }

  @Test
  void aGivenSchedulerRunsTheFlushesAndIsLeftRunning() {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      VisitorCounter c = VisitorCounter.builder(store).scheduler(scheduler).flushInterval(Duration.ofMillis(10)).build();
      c.record(PageView.guest("v", "/"));
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> store.pageViews("/") == 1);
      c.close();
      assertThat(scheduler.isShutdown()).isFalse();
    } finally {
      scheduler.shutdownNow();
    }
  }

  @Test
  void aPagesCounterIsReadUnderItsNfcPathAndABadPathIsRefused() {
    try (VisitorCounter c = VisitorCounter.builder(store).flushInterval(Duration.ofMinutes(10)).build()) {
      c.record(PageView.guest("v", "/tin-tu\u031B\u0301c"));
      c.flush();
      assertThat(c.pageViews("/tin-tức")).isEqualTo(1);
      assertThatThrownBy(() -> c.pageViews("tin-tuc")).isInstanceOf(InvalidPageViewException.class);
      assertThatThrownBy(() -> c.pageViews(null)).isInstanceOf(InvalidPageViewException.class);
    }
  }
}
