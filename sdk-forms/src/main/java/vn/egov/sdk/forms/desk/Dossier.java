package vn.egov.sdk.forms.desk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** A filed dossier as the desk keeps it (the submitted data stays in the store, not here). */
public record Dossier(String dossierCode, String formId, String procedureCode, DossierStatus status,
    OffsetDateTime receivedAt, LocalDate dueDate, List<StatusChange> history) {
  public Dossier {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(formId, "formId");
    Objects.requireNonNull(procedureCode, "procedureCode");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(dueDate, "dueDate");
    history = List.copyOf(history);
  }
}
