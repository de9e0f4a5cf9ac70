package vn.egov.sdk.jdbc.internal;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Reads sqlite-jdbc's result codes. Only {@link SqlStates} calls it, and only with an exception of that
 * driver: the class loads once the driver is known to be there.
 */
final class SqliteCodes {
  private SqliteCodes() {}

  static int extendedCode(SQLException e) {
    SQLiteErrorCode code = ((SQLiteException) e).getResultCode();
    return code == null ? e.getErrorCode() : code.code;
  }

  static String name(SQLException e) {
    SQLiteErrorCode code = ((SQLiteException) e).getResultCode();
    return code == null ? "SQLITE_" + e.getErrorCode() : code.name();
  }
}
