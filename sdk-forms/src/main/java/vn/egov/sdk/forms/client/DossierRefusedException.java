package vn.egov.sdk.forms.client;

/**
 * The service refused the request (a 4xx other than 422): its status, error code and message. The
 * exception's own message names only the status and code; the service's text is kept apart in
 * {@link #serviceMessage()} so that logging or showing this exception never passes upstream text on.
 */
public final class DossierRefusedException extends DossierClientException {
  private final int status;
  private final String code;
  private final String serviceMessage;

  public DossierRefusedException(int status, String code, String serviceMessage) {
    super("HTTP " + status + " " + code, null);
    this.status = status;
    this.code = code;
    this.serviceMessage = serviceMessage == null ? "" : serviceMessage;
  }

  /** The message of the service's error body, as received (may be empty); not for logs or pages as is. */
  public String serviceMessage() {
    return serviceMessage;
  }

  public int status() {
    return status;
  }

  /** The contract's error code, e.g. {@code IDEMPOTENCY_KEY_REUSED}, {@code DOSSIER_NOT_FOUND}. */
  public String code() {
    return code;
  }
}
