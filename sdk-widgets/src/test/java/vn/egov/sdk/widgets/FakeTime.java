package vn.egov.sdk.widgets;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A wall clock and a ticker that move together, only when told. */
final class FakeTime extends Clock implements Ticker {
  private final Instant start;
  private final AtomicLong nanos = new AtomicLong();

  FakeTime(Instant start) {
    this.start = start;
  }

  FakeTime() {
    this(Instant.parse("2026-11-27T07:40:00Z"));
  }

  void advance(Duration d) {
    nanos.addAndGet(d.toNanos());
  }

  @Override
  public long read() {
    return nanos.get();
  }

  @Override
  public Instant instant() {
    return start.plusNanos(nanos.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }
}
