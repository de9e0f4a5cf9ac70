package vn.egov.sdk.forms.desk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** What the receiving service answers to a filed dossier (one-stop form 01: receipt and return date). */
public record Receipt(String dossierCode, String procedureCode, DossierStatus status, OffsetDateTime receivedAt,
    LocalDate dueDate) {
  public Receipt {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(procedureCode, "procedureCode");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(dueDate, "dueDate");
  }
}
