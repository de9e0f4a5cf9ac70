package vn.egov.sdk.jdbc.internal;

import java.sql.SQLException;

/**
 * How the SDK's stores read a failed statement: its SQLState (the same codes on H2 and PostgreSQL where
 * the standard defines them) or, for SQLite, whose driver sets no SQLState, its result code. Messages of
 * drivers are never used: they may quote data or the URL.
 */
public final class SqlStates {
  /** A unique or primary key constraint refused a row. */
  public static final String UNIQUE_VIOLATION = "23505";

  private static final String SQLITE_EXCEPTION = "org.sqlite.SQLiteException";
  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;
  private static final int SQLITE_CONSTRAINT_PRIMARYKEY = 1555;
  private static final int SQLITE_CONSTRAINT_UNIQUE = 2067;

  private SqlStates() {}

  public static boolean isUniqueViolation(SQLException e) {
    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
      return true;
    }
    int sqlite = sqliteResultCode(e);
    return sqlite == SQLITE_CONSTRAINT_PRIMARYKEY || sqlite == SQLITE_CONSTRAINT_UNIQUE;
  }

  /**
   * Whether retrying the whole transaction may succeed: integrity conflicts with a concurrent
   * transaction (class 23, e.g. two first inserts of one counter row), serialisation failures and
   * deadlocks (class 40), lock timeouts (H2 {@code HYT00}, PostgreSQL {@code 55P03}), H2's
   * concurrent update ({@code 90131}) and SQLite's {@code SQLITE_BUSY} / {@code SQLITE_LOCKED} (another
   * process held the file's write lock for longer than the busy timeout).
   */
  public static boolean isTransientConflict(SQLException e) {
    String state = e.getSQLState();
    if (state != null) {
      return state.startsWith("23") || state.startsWith("40") || state.equals("HYT00")
          || state.equals("90131") || state.equals("55P03");
    }
    int sqlite = sqliteResultCode(e);
    int primary = sqlite & 0xff;
    return sqlite >= 0 && (primary == SQLITE_BUSY || primary == SQLITE_LOCKED
        || sqlite == SQLITE_CONSTRAINT_PRIMARYKEY || sqlite == SQLITE_CONSTRAINT_UNIQUE);
  }

  /**
   * What a log line or an exception message may say about {@code e}: its SQLState, or for SQLite its
   * result code name (e.g. {@code SQLITE_BUSY}); never the driver's message.
   */
  public static String state(SQLException e) {
    if (e.getSQLState() != null) {
      return e.getSQLState();
    }
    return isSqlite(e) ? SqliteCodes.name(e) : "unknown";
  }

  /** {@code " (SQLState X)"} for the first SQL failure in {@code e}'s causes, else the empty string. */
  public static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && (sql.getSQLState() != null || isSqlite(sql))) {
        return " (SQLState " + state(sql) + ")";
      }
    }
    return "";
  }

  /** SQLite's extended result code of {@code e}, or -1 if {@code e} is not sqlite-jdbc's. */
  static int sqliteResultCode(SQLException e) {
    return isSqlite(e) ? SqliteCodes.extendedCode(e) : -1;
  }

  /** By class name, so that this class loads without the (optional) SQLite driver. */
  private static boolean isSqlite(SQLException e) {
    for (Class<?> c = e.getClass(); c != null && c != SQLException.class; c = c.getSuperclass()) {
      if (c.getName().equals(SQLITE_EXCEPTION)) {
        return true;
      }
    }
    return false;
  }
}
