package vn.egov.sdk.forms.desk;

import vn.egov.sdk.forms.ValidationReport;

/** A dossier refused because its data or attachments break the form's rules (all violations listed). */
public final class InvalidDossierException extends RuntimeException {
  private final transient ValidationReport report;

  public InvalidDossierException(ValidationReport report) {
    super(report.problems().size() + " violation(s)", null, false, false);
    this.report = report;
  }

  public ValidationReport report() {
    return report;
  }
}
