package vn.egov.sdk.stats;

/** Base of the typed failures of the stats module; messages never carry personal data. */
public class StatsException extends RuntimeException {
  public StatsException(String message) {
    super(message);
  }

  public StatsException(String message, Throwable cause) {
    super(message, cause);
  }
}
