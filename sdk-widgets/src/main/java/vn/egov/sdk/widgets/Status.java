package vn.egov.sdk.widgets;

/** How current the data of a {@link Snapshot} is. */
public enum Status {
  /** Fetched recently enough to count as current. */
  FRESH,
  /** The last good data, older than it should be because refreshing it failed (or is late). */
  STALE,
  /** Nothing good is known, or what is known is older than the widget's maximum age. */
  UNAVAILABLE
}
