package vn.egov.sdk.forms.desk;

/**
 * The dossier store did not answer (connection refused or cut, pool exhausted, a statement timed
 * out). The write was not acknowledged: the caller answers "try again later" (the portal server
 * gives 503 with {@code Retry-After}); a retry with the same idempotency key returns the receipt of
 * the dossier if its commit did reach the store, or files it once. The message carries the SQLState
 * only, never data.
 */
public final class DossierStoreUnavailableException extends RuntimeException {
  public DossierStoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
