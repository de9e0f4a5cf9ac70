package vn.egov.sdk.testing;

/**
 * What a {@link SimulatedUpstream} can do instead of answering normally. Every fault applies to every
 * request until {@link SimulatedUpstream#heal()}.
 */
public enum Fault {
  /** Answers normally, but only after {@link SimulatedUpstream#delay(java.time.Duration)} (default 3 s). */
  DELAY,
  /** Accepts the connection and the request, then never answers (until the simulator closes). */
  BLACK_HOLE,
  /** Resets the connection (TCP RST) instead of answering. */
  CONNECTION_RESET,
  /** HTTP 503 with a short plain-text body. */
  SERVER_ERROR,
  /** HTTP 429 with {@code Retry-After: 300}. */
  TOO_MANY_REQUESTS,
  /** HTTP 200 with a firewall's HTML "Request Rejected" page, as captive portals and WAFs answer. */
  HTML_OK,
  /** HTTP 200 with the usual body, broken in the middle so that it no longer parses. */
  MALFORMED_BODY,
  /** HTTP 200 with only the first half of the usual body. */
  TRUNCATED_BODY
}
