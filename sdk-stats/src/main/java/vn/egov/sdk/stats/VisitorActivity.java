package vn.egov.sdk.stats;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One visitor's page views within a {@link PageViewBatch}: first and last time seen (and their days
 * in Asia/Ho_Chi_Minh), how many page views, and whether the latest came from a member.
 */
public record VisitorActivity(String visitorId, boolean member, Instant firstSeen, Instant lastSeen,
    LocalDate firstDay, LocalDate lastDay, long pageViews) {}
