package vn.egov.sdk.stats;

/**
 * The stats store could not be reached or failed to complete an operation. Nothing was acknowledged:
 * a vote that ends in this exception was not counted and may be cast again; a server answers it with
 * 503 {@code STORE_UNAVAILABLE}.
 */
public final class StoreUnavailableException extends StatsException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
