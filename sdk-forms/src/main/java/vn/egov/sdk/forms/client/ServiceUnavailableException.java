package vn.egov.sdk.forms.client;

/** The service could not be reached or kept failing (5xx) through every retry. */
public final class ServiceUnavailableException extends DossierClientException {
  public ServiceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
