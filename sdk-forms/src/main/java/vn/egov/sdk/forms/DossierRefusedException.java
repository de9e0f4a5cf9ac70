package vn.egov.sdk.forms;

/** The service refused the request (a 4xx other than 422): its status, error code and message. */
public final class DossierRefusedException extends DossierClientException {
  private final int status;
  private final String code;

  public DossierRefusedException(int status, String code, String message) {
    super("HTTP " + status + " " + code + ": " + message, null);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  /** The contract's error code, e.g. {@code IDEMPOTENCY_KEY_REUSED}, {@code DOSSIER_NOT_FOUND}. */
  public String code() {
    return code;
  }
}
