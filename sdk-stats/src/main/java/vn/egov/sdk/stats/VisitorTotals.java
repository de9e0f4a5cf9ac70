package vn.egov.sdk.stats;

/** What a {@link StatsStore} reports about visitors; {@link VisitorCounter} turns it into {@link VisitorStats}. */
public record VisitorTotals(long onlineGuests, long onlineMembers, long totalVisits, long pageViews,
    long todayVisits, long todayUniqueVisitors) {}
