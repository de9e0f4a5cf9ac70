package vn.egov.sdk.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Page views aggregated in memory between two flushes, delivered to a store in one call.
 *
 * @param batchId unique id: a store may use it to apply a retried batch only once
 * @param pageViews all page views of the batch
 * @param pathViews page views per path
 * @param visitors one entry per visitor seen in the batch, sorted by visitor id
 * @param visitsWithinBatch visits that began inside the batch after an idle gap, by day (a store adds
 *     them as they are; the visit that begins at a visitor's first page view of the batch is the
 *     store's to decide, from the visitor's last-seen time it keeps)
 * @param visitIdle the idle gap after which a page view starts a new visit
 * @param forgetBefore presence older than this may be dropped by the store
 * @param forgetDaysBefore daily unique-visitor data of days before this may be dropped
 */
public record PageViewBatch(String batchId, long pageViews, Map<String, Long> pathViews,
    List<VisitorActivity> visitors, Map<LocalDate, Long> visitsWithinBatch, Duration visitIdle,
    Instant forgetBefore, LocalDate forgetDaysBefore) {

  public PageViewBatch {
    pathViews = Map.copyOf(pathViews);
    visitors = List.copyOf(visitors);
    visitsWithinBatch = Map.copyOf(visitsWithinBatch);
  }

  /** Distinct visitors plus distinct paths: what the batch holds in memory. */
  public int entries() {
    return visitors.size() + pathViews.size();
  }

  /**
   * Whether a visitor's activity starts a new visit given the last time the store saw it
   * ({@code null}: never, or forgotten).
   */
  public boolean startsVisit(VisitorActivity activity, Instant storedLastSeen) {
    return storedLastSeen == null
        || Duration.between(storedLastSeen, activity.firstSeen()).compareTo(visitIdle) > 0;
  }
}
