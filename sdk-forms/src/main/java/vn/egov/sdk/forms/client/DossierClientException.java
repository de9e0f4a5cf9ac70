package vn.egov.sdk.forms.client;

/**
 * A filing or status query that did not succeed. The subclass says why: {@link ValidationFailedException}
 * (422, fix the data), {@link DossierRefusedException} (another 4xx, e.g. 409 for a reused key; do not
 * retry as is), {@link ServiceUnavailableException} (network failures or 5xx after every retry; safe to
 * try again later with the same idempotency key).
 */
public abstract sealed class DossierClientException extends RuntimeException
    permits ValidationFailedException, DossierRefusedException, ServiceUnavailableException {
  protected DossierClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
