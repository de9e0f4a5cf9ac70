package vn.egov.sdk.jdbc.internal;

import java.sql.SQLException;

/**
 * How the SDK's stores read a failed statement's SQLState (the same codes on H2 and PostgreSQL where
 * the standard defines them). Messages of drivers are never used: they may quote data or the URL.
 */
public final class SqlStates {
  /** A unique or primary key constraint refused a row. */
  public static final String UNIQUE_VIOLATION = "23505";

  private SqlStates() {}

  public static boolean isUniqueViolation(SQLException e) {
    return UNIQUE_VIOLATION.equals(e.getSQLState());
  }

  /**
   * Whether retrying the whole transaction may succeed: integrity conflicts with a concurrent
   * transaction (class 23, e.g. two first inserts of one counter row), serialisation failures and
   * deadlocks (class 40), lock timeouts (H2 {@code HYT00}, PostgreSQL {@code 55P03}) and H2's
   * concurrent update ({@code 90131}).
   */
  public static boolean isTransientConflict(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("23") || state.startsWith("40") || state.equals("HYT00")
        || state.equals("90131") || state.equals("55P03"));
  }

  /** {@code " (SQLState X)"} for the first SQL failure in {@code e}'s causes, else the empty string. */
  public static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return " (SQLState " + sql.getSQLState() + ")";
      }
    }
    return "";
  }
}
