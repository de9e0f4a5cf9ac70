package vn.egov.sdk.forms;

import java.util.List;
import java.util.Objects;

/** A dossier's status as the receiving service reports it ({@code GET /api/dossiers/{code}}). */
public record DossierState(String dossierCode, DossierStatus status, List<StatusChange> history) {
  public DossierState {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(status, "status");
    history = List.copyOf(history);
  }
}
