package vn.egov.sdk.forms.desk;

/** A submission for a form the desk does not know, or whose procedure it cannot resolve. */
public final class UnknownFormException extends RuntimeException {
  public UnknownFormException(String message) {
    super(message, null, false, false);
  }
}
