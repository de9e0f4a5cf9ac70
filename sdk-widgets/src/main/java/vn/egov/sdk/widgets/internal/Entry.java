package vn.egov.sdk.widgets.internal;

import java.time.Instant;

/**
 * What the cache holds: the last good data with its provider and fetch time, and whether the latest
 * attempt failed. {@code data == null} marks a failed first load (nothing known).
 */
public record Entry<T>(T data, String provider, Instant fetchedAt, boolean lastAttemptFailed) {

  static <T> Entry<T> nothing(String provider) {
    return new Entry<>(null, provider, null, true);
  }

  boolean known() {
    return data != null;
  }

  Entry<T> failedAgain() {
    return new Entry<>(data, provider, fetchedAt, true);
  }
}
