package vn.egov.sdk.stats;

import java.util.Objects;

/** An expected refusal of a poll operation; {@link #reason()} says which (it maps to an HTTP code). */
public final class PollException extends StatsException {

  /** Why the operation was refused. */
  public enum Reason {
    POLL_NOT_FOUND,
    POLL_EXISTS,
    POLL_NOT_OPEN,
    POLL_CLOSED,
    ALREADY_VOTED,
    INVALID_OPTION,
    TOO_MANY_CHOICES,
    INVALID_VOTER
  }

  private final Reason reason;

  public PollException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
