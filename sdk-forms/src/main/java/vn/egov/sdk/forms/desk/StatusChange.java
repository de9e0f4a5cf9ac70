package vn.egov.sdk.forms.desk;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a dossier's history: the status it entered, when, the desk's note and who made the
 * change.
 *
 * @param actor who made the change: {@link #APPLICANT} for the filing, else the official or system
 *     the desk was told (1–200 characters); empty only for changes recorded before the SDK kept it
 */
public record StatusChange(DossierStatus status, OffsetDateTime at, Optional<String> note, Optional<String> actor) {
  /** The actor of a dossier's first step: the applicant who filed it. */
  public static final String APPLICANT = "applicant";
  /** The longest actor the desk keeps. */
  public static final int MAX_ACTOR = 200;

  public StatusChange {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(actor, "actor");
    actor = actor.map(a -> Normalizer.normalize(a.strip(), Normalizer.Form.NFC));
    actor.ifPresent(a -> {
      if (a.isEmpty() || a.length() > MAX_ACTOR) {
        throw new IllegalArgumentException("actor: must be 1–" + MAX_ACTOR + " characters");
      }
    });
  }
}
