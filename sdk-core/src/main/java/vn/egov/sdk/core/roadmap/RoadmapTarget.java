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
 * A target of an online-services roadmap: by {@code deadline}, at least {@code atLeast} procedures
 * at or above {@code threshold}, counted over the whole catalog or only the procedures of one agency.
 *
 * @param id a short stable id, e.g. {@code "2015-level-3"}
 * @param description what the target is, for people
 * @param deadline the last day of the target
 * @param atLeast how many procedures are needed, positive
 * @param threshold the level counted procedures reach
 * @param agencyCode when present, only procedures the agency with this unit code handles count
 */
public record RoadmapTarget(String id, LocalizedText description, LocalDate deadline, int atLeast,
    MaturityThreshold threshold, Optional<String> agencyCode) {
  public RoadmapTarget {
    Rules.require(Rules.notBlank(id), "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(deadline, "deadline");
    Rules.require(Rules.positive(atLeast), "atLeast");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(agencyCode, "agencyCode");
    agencyCode.ifPresent(c -> Rules.require(Rules.unitCode(c), "agencyCode"));
  }

  /** Whether the procedure counts toward this target. */
  public boolean counts(Procedure procedure, Assessment assessment) {
    return agencyCode.map(procedure::isHandledBy).orElse(true) && threshold.isMetBy(assessment);
  }
}
