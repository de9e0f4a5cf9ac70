package vn.egov.sdk.core.roadmap;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.egov.sdk.core.Agency;
import vn.egov.sdk.core.OnlineLevel;

/**
 * A catalog measured against a {@link Roadmap}.
 *
 * @param totalProcedures how many procedures the catalog has
 * @param byLegacyLevel procedures per Decree 43/2011 level, keys 0–4 (0 = information not published)
 * @param byOnlineLevel procedures per Decree 42/2022 level, every level present
 * @param targets each target with its count
 * @param agencies per competent agency, in order of first appearance
 */
public record RoadmapProgress(int totalProcedures, Map<Integer, Integer> byLegacyLevel,
    Map<OnlineLevel, Integer> byOnlineLevel, List<TargetProgress> targets,
    List<AgencyProgress> agencies) {

  public RoadmapProgress {
    byLegacyLevel = Collections.unmodifiableMap(new TreeMap<>(byLegacyLevel));
    byOnlineLevel = Collections.unmodifiableMap(new EnumMap<>(byOnlineLevel));
    targets = List.copyOf(targets);
    agencies = List.copyOf(agencies);
  }

  /**
   * One target's state.
   *
   * @param target the target
   * @param ofTheKind how many procedures of the catalog are of the target's kind
   * @param actual how many of them reach the target's threshold now
   * @param today the day of the measurement
   */
  public record TargetProgress(RoadmapTarget target, int ofTheKind, int actual, LocalDate today) {
    public TargetProgress {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(today, "today");
      if (ofTheKind < 0 || actual < 0 || actual > ofTheKind) {
        throw new IllegalArgumentException("actual: must be from 0 to ofTheKind (" + ofTheKind
            + "), was " + actual);
      }
    }

    /** How many procedures the target needs: its "at least" count, or every procedure of its kind. */
    public int required() {
      return target.quota().required(ofTheKind);
    }

    public boolean met() {
      return actual >= required();
    }

    /** How many procedures are still missing; 0 when met. */
    public int shortBy() {
      return Math.max(0, required() - actual);
    }

    /** Not met and past its deadline; never for a target without a deadline. */
    public boolean overdue() {
      return !met() && target.deadline().map(today::isAfter).orElse(false);
    }
  }

  /**
   * One competent agency's procedures.
   *
   * @param agency the agency
   * @param total how many procedures it is competent for
   * @param byLegacyLevel its procedures per legacy level, keys 0–4
   * @param byOnlineLevel its procedures per online level
   */
  public record AgencyProgress(Agency agency, int total, Map<Integer, Integer> byLegacyLevel,
      Map<OnlineLevel, Integer> byOnlineLevel) {
    public AgencyProgress {
      Objects.requireNonNull(agency, "agency");
      byLegacyLevel = Collections.unmodifiableMap(new TreeMap<>(byLegacyLevel));
      byOnlineLevel = Collections.unmodifiableMap(new EnumMap<>(byOnlineLevel));
    }
  }
}
