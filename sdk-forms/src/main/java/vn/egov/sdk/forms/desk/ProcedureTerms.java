package vn.egov.sdk.forms.desk;

import java.util.Objects;

/**
 * What the desk needs to know about a procedure: the receiving unit's QCVN 102:2016 code (the prefix of
 * dossier codes) and the processing time of the online channel.
 */
public record ProcedureTerms(String unitCode, long amount, TimeUnit unit) {
  /** Units of a processing time, as published in the national procedures database. */
  public enum TimeUnit { WORKING_DAYS, DAYS, HOURS }

  public ProcedureTerms {
    Objects.requireNonNull(unit, "unit");
    if (!DossierCode.isUnitCode(unitCode)) {
      throw new IllegalArgumentException("unit code must look like 000.00.15.H30, was '" + unitCode + "'");
    }
    if (amount < 0 || amount > 3650) {
      throw new IllegalArgumentException("processing time must be 0–3650, was " + amount);
    }
  }
}
