package vn.egov.sdk.examples;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A copy of a failure for the log without any message: exception messages may echo input (a JSON
 * parser quotes the body, a JDBC driver the values), so only class names and stack frames are kept,
 * for the cause chain and suppressed failures too.
 */
final class RedactedFailure extends RuntimeException {
  private final String original;

  private RedactedFailure(Throwable t) {
    super();
    this.original = t.getClass().getName();
    setStackTrace(t.getStackTrace());
  }

  /** The message-free copy of {@code t} and its causes and suppressed failures. */
  static RedactedFailure of(Throwable t) {
    return copy(t, new IdentityHashMap<>());
  }

  private static RedactedFailure copy(Throwable t, Map<Throwable, RedactedFailure> seen) {
    RedactedFailure done = seen.get(t);
    if (done != null) {
      return done;
    }
    RedactedFailure r = new RedactedFailure(t);
    seen.put(t, r);
    if (t.getCause() != null && t.getCause() != t) {
      r.initCause(copy(t.getCause(), seen));
    }
    for (Throwable s : t.getSuppressed()) {
      r.addSuppressed(copy(s, seen));
    }
    return r;
  }

  @Override
  public String toString() {
    return original;
  }
}
