package vn.egov.sdk.forms.desk;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** One step of a dossier's history: the status it entered, when, and the desk's note. */
public record StatusChange(DossierStatus status, OffsetDateTime at, Optional<String> note) {
  public StatusChange {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(note, "note");
  }
}
