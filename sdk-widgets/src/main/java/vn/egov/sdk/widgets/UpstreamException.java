package vn.egov.sdk.widgets;

/**
 * An upstream answered, but not with usable data (an HTTP error status, an HTML page, a malformed,
 * oversized or implausible body). The message names the problem for logs; it is never shown to
 * people and never contains the upstream's body.
 */
public final class UpstreamException extends Exception {
  private final boolean retriable;

  public UpstreamException(String message, boolean retriable) {
    super(message);
    this.retriable = retriable;
  }

  public UpstreamException(String message, Throwable cause) {
    super(message, cause);
    this.retriable = false;
  }

  /** A bad answer that asking again soon will not fix (wrong content, rejected key). */
  public static UpstreamException invalid(String message) {
    return new UpstreamException(message, false);
  }

  /** A temporary refusal (HTTP 5xx, 429) that a later retry may get past. */
  public static UpstreamException temporary(String message) {
    return new UpstreamException(message, true);
  }

  public boolean retriable() {
    return retriable;
  }
}
