package vn.egov.sdk.stats;

/** Where a poll stands at a given instant. */
public enum PollStatus {
  /** Its opening time has not come yet. */
  SCHEDULED,
  /** Accepting ballots. */
  OPEN,
  /** Its closing time has passed, or an administrator closed it. */
  CLOSED
}
