package vn.egov.sdk.forms.client;

import java.util.List;
import java.util.Objects;
import vn.egov.sdk.forms.desk.DossierStatus;
import vn.egov.sdk.forms.desk.StatusChange;

/** A dossier's status as the receiving service reports it ({@code GET /api/dossiers/{code}}). */
public record DossierState(String dossierCode, DossierStatus status, List<StatusChange> history) {
  public DossierState {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(status, "status");
    history = List.copyOf(history);
  }
}
