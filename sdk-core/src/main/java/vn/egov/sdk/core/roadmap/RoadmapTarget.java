package vn.egov.sdk.core.roadmap;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.egov.sdk.core.internal.Rules;
import vn.egov.sdk.core.Assessment;
import vn.egov.sdk.core.LocalizedText;
import vn.egov.sdk.core.MaturityThreshold;
import vn.egov.sdk.core.Procedure;

/**
 * A target of an online-services roadmap: procedures of a {@link ProcedureKind kind} at or above a
 * {@link MaturityThreshold threshold}, either {@link Quota#atLeast at least N} of them or
 * {@link Quota#all all} of them, by a deadline when the plan gives one. Examples from the 2013
 * provincial plan ({@link Roadmap#portal2013()}): at least 10 procedures at level 3–4 by the end of
 * 2015; every procedure that uses forms at level 2 or above.
 *
 * @param id a short stable id, e.g. {@code "2015-level-3"}
 * @param description what the target is, for people
 * @param deadline the last day of the target; empty when the plan gives none (never overdue)
 * @param quota how many procedures of the kind must reach the threshold
 * @param threshold the level counted procedures reach
 * @param kind which procedures the target speaks of
 */
public record RoadmapTarget(String id, LocalizedText description, Optional<LocalDate> deadline,
    Quota quota, MaturityThreshold threshold, ProcedureKind kind) {

  public RoadmapTarget {
    Rules.require(Rules.notBlank(id), "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(quota, "quota");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * At least {@code atLeast} procedures at or above {@code threshold} by {@code deadline}, over the
   * whole catalog or only the procedures of the agency with unit code {@code agencyCode}.
   */
  public RoadmapTarget(String id, LocalizedText description, LocalDate deadline, int atLeast,
      MaturityThreshold threshold, Optional<String> agencyCode) {
    this(id, description, Optional.of(Objects.requireNonNull(deadline, "deadline")),
        Quota.atLeast(atLeast), threshold,
        Objects.requireNonNull(agencyCode, "agencyCode").map(ProcedureKind::handledBy)
            .orElse(ProcedureKind.any()));
  }

  /** Whether the procedure is of the target's kind. */
  public boolean includes(Procedure procedure) {
    return kind.includes(procedure);
  }

  /** Whether the procedure counts toward this target: of its kind and at or above its threshold. */
  public boolean counts(Procedure procedure, Assessment assessment) {
    return kind.includes(procedure) && threshold.isMetBy(assessment);
  }

  /** The unit code of the one agency the target is limited to, when its kind is {@link ProcedureKind.HandledBy}. */
  public Optional<String> agencyCode() {
    return kind instanceof ProcedureKind.HandledBy h ? Optional.of(h.agencyCode()) : Optional.empty();
  }

  /** How many procedures of the kind a target asks for. */
  public sealed interface Quota {
    /** The number of procedures needed, given how many procedures of the kind there are. */
    int required(int ofTheKind);

    /** At least {@code count} procedures (positive). */
    static Quota atLeast(int count) {
      return new AtLeast(count);
    }

    /** Every procedure of the kind (met at once when there is none). */
    static Quota all() {
      return All.INSTANCE;
    }

    /** At least {@code count} procedures. */
    record AtLeast(int count) implements Quota {
      public AtLeast {
        Rules.require(Rules.positive(count), "atLeast");
      }

      @Override
      public int required(int ofTheKind) {
        return count;
      }
    }

    /** Every procedure of the kind. */
    enum All implements Quota {
      INSTANCE;

      @Override
      public int required(int ofTheKind) {
        return ofTheKind;
      }
    }
  }
}
