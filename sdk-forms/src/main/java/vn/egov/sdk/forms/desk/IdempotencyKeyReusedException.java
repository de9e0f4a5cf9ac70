package vn.egov.sdk.forms.desk;

/** An idempotency key that already filed a different dossier (another form, data or attachments). */
public final class IdempotencyKeyReusedException extends RuntimeException {
  public IdempotencyKeyReusedException() {
    super("the idempotency key was used for another submission", null, false, false);
  }
}
