package vn.egov.sdk.stats;

import java.time.Duration;

/**
 * The "Thống kê truy cập" figures. Online counts distinct visitors seen within {@code onlineWindow}
 * (members: those whose latest page view came with a member id); a visit is a visitor's first page
 * view or one after {@link VisitorCounter#VISIT_IDLE} without any; "today" is the current day in
 * Asia/Ho_Chi_Minh. {@code todayUniqueVisitors} is exact on SQL and in-memory stores and a
 * HyperLogLog estimate (about 0.81% standard error) on Redis.
 */
public record VisitorStats(Duration onlineWindow, long onlineGuests, long onlineMembers,
    long totalVisits, long pageViews, long todayVisits, long todayUniqueVisitors) {

  public long onlineTotal() {
    return onlineGuests + onlineMembers;
  }
}
