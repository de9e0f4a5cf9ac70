package vn.egov.sdk.forms.desk;

/** A status move the one-stop lifecycle does not allow (see {@link DossierStatus#next()}). */
public final class InvalidTransitionException extends RuntimeException {
  private final DossierStatus from;
  private final DossierStatus to;

  public InvalidTransitionException(DossierStatus from, DossierStatus to) {
    super("a dossier cannot move from " + from + " to " + to, null, false, false);
    this.from = from;
    this.to = to;
  }

  public DossierStatus from() {
    return from;
  }

  public DossierStatus to() {
    return to;
  }
}
