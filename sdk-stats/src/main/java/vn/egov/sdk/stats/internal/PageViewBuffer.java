package vn.egov.sdk.stats.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.StampedLock;
import vn.egov.sdk.stats.PageViewBatch;
import vn.egov.sdk.stats.VisitorActivity;

/**
 * The in-memory aggregate of page views between two flushes. {@link #record} never does I/O and
 * never blocks for long (a shared read lock that only {@link #drain} takes exclusively, for the
 * moment of swapping two references). It is bounded: at most {@code capacity} distinct visitors plus
 * paths, less what undelivered batches still hold; a page view that would need a new entry beyond
 * that is refused.
 */
public final class PageViewBuffer {
  private final int capacity;
  private final Duration visitIdle;
  private final ZoneId zone;
  private final StampedLock lock = new StampedLock();
  private volatile Batch current = new Batch();
  private volatile int reserved;

  public PageViewBuffer(int capacity, Duration visitIdle, ZoneId zone) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
    this.visitIdle = visitIdle;
    this.zone = zone;
  }

  /** Entries held by batches drained but not delivered yet; they count against the capacity. */
  public void reserve(int entries) {
    this.reserved = entries;
  }

  /** Adds one page view at {@code atMillis}; false (nothing added) when the buffer is full. */
  public boolean record(String visitorId, boolean member, String path, long atMillis) {
    long stamp = lock.readLock();
    try {
      Batch b = current;
      Visitor v = b.visitors.get(visitorId);
      boolean newPath = !b.paths.containsKey(path);
      int needed = (v == null ? 1 : 0) + (newPath ? 1 : 0);
      if (needed > 0 && b.entries.get() + needed + reserved > capacity) {
        return false;
      }
      if (v == null) {
        v = b.visitors.computeIfAbsent(visitorId, k -> {
          b.entries.incrementAndGet();
          return new Visitor();
        });
      }
      long gapStart = v.add(atMillis, member, visitIdle.toMillis());
      if (gapStart >= 0) {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(gapStart), zone);
        b.visitsWithin.computeIfAbsent(day, d -> new LongAdder()).increment();
      }
      b.paths.computeIfAbsent(path, p -> {
        b.entries.incrementAndGet();
        return new LongAdder();
      }).increment();
      b.pageViews.increment();
      return true;
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** Distinct visitors plus paths in the batch being filled. */
  public int entries() {
    return current.entries.get();
  }

  /**
   * Takes what was recorded so far as one batch (null when nothing was), and starts a new one.
   *
   * @param now the time of the flush: presence older than the longer of {@code onlineWindow} and
   *     the visit idle gap before it may be forgotten by the store
   */
  public PageViewBatch drain(String batchId, Instant now, Duration onlineWindow) {
    Batch b;
    long stamp = lock.writeLock();
    try {
      b = current;
      if (b.pageViews.sum() == 0) {
        return null;
      }
      current = new Batch();
    } finally {
      lock.unlockWrite(stamp);
    }
    List<VisitorActivity> visitors = new ArrayList<>(b.visitors.size());
    b.visitors.forEach((id, v) -> {
      Instant first = Instant.ofEpochMilli(v.first);
      Instant last = Instant.ofEpochMilli(v.last);
      visitors.add(new VisitorActivity(id, v.member, first, last, LocalDate.ofInstant(first, zone),
          LocalDate.ofInstant(last, zone), v.views));
    });
    visitors.sort(Comparator.comparing(VisitorActivity::visitorId));
    Map<String, Long> paths = new HashMap<>();
    b.paths.forEach((p, n) -> paths.put(p, n.sum()));
    Map<LocalDate, Long> within = new HashMap<>();
    b.visitsWithin.forEach((d, n) -> within.put(d, n.sum()));
    Duration keep = (onlineWindow.compareTo(visitIdle) > 0 ? onlineWindow : visitIdle)
        .plusMinutes(1);
    LocalDate today = LocalDate.ofInstant(now, zone);
    return new PageViewBatch(batchId, b.pageViews.sum(), paths, visitors, within, visitIdle,
        now.minus(keep), today.minusDays(2));
  }

  private static final class Batch {
    final ConcurrentHashMap<String, Visitor> visitors = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, LongAdder> paths = new ConcurrentHashMap<>();
    final ConcurrentHashMap<LocalDate, LongAdder> visitsWithin = new ConcurrentHashMap<>();
    final LongAdder pageViews = new LongAdder();
    final AtomicInteger entries = new AtomicInteger();
  }

  private static final class Visitor {
    long first;
    long last;
    long views;
    boolean member;

    /** Adds a view; returns its time when it starts a visit after an idle gap, else -1. */
    synchronized long add(long at, boolean isMember, long idleMillis) {
      long gapStart = -1;
      if (views == 0) {
        first = at;
        last = at;
      } else {
        if (at - last > idleMillis) {
          gapStart = at;
        }
        first = Math.min(first, at);
        if (at >= last) {
          last = at;
          member = isMember;
        }
      }
      if (views == 0) {
        member = isMember;
      }
      views++;
      return gapStart;
    }
  }
}
