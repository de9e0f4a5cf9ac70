package vn.egov.sdk.core.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.egov.sdk.core.Agency;
import vn.egov.sdk.core.Assessment;
import vn.egov.sdk.core.LocalizedText;
import vn.egov.sdk.core.MaturityThreshold;
import vn.egov.sdk.core.OnlineLevel;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.catalog.Catalog;

/**
 * An online-services roadmap: targets with deadlines. {@link #progress} measures a catalog against
 * it. Immutable.
 */
public record Roadmap(List<RoadmapTarget> targets) {
  public Roadmap {
    targets = List.copyOf(targets);
    Set<String> ids = new HashSet<>();
    for (RoadmapTarget t : targets) {
      if (!ids.add(t.id())) {
        throw new IllegalArgumentException("targets: duplicate target id " + t.id());
      }
    }
  }

  /**
   * The 2013 provincial portal's plan (Decree 43/2011 levels): at least 10 procedures at level 3–4 by
   * the end of 2015, at least 20 at level 4 by the end of 2020, and every procedure that uses forms
   * at level 2 or above (the plan gives that one no date).
   */
  public static Roadmap portal2013() {
    return new Roadmap(List.of(
        new RoadmapTarget("2015-level-3", LocalizedText.of(
            "Ít nhất 10 thủ tục đạt mức độ 3–4 vào cuối năm 2015",
            "At least 10 procedures at level 3–4 by the end of 2015"),
            LocalDate.of(2015, 12, 31), 10, MaturityThreshold.legacy(3), Optional.empty()),
        new RoadmapTarget("2020-level-4", LocalizedText.of(
            "Ít nhất 20 thủ tục đạt mức độ 4 vào cuối năm 2020",
            "At least 20 procedures at level 4 by the end of 2020"),
            LocalDate.of(2020, 12, 31), 20, MaturityThreshold.legacy(4), Optional.empty()),
        new RoadmapTarget("forms-level-2", LocalizedText.of(
            "Mọi thủ tục có sử dụng biểu mẫu đạt mức độ 2 trở lên",
            "Every procedure that uses forms at level 2 or above"),
            Optional.empty(), RoadmapTarget.Quota.all(), MaturityThreshold.legacy(2),
            ProcedureKind.usingForms())));
  }

  /** How far a catalog is, as of {@code today} (used only to flag overdue targets). */
  public RoadmapProgress progress(Catalog catalog, LocalDate today) {
    List<Procedure> procedures = catalog.procedures();
    List<Assessment> assessments = procedures.stream().map(Procedure::assessment).toList();
    Map<String, Agency> agencies = new LinkedHashMap<>();
    Map<String, List<Assessment>> perAgency = new LinkedHashMap<>();
    for (int i = 0; i < procedures.size(); i++) {
      Agency a = procedures.get(i).competentAgency();
      agencies.putIfAbsent(a.code(), a);
      perAgency.computeIfAbsent(a.code(), k -> new ArrayList<>()).add(assessments.get(i));
    }
    List<RoadmapProgress.TargetProgress> done = new ArrayList<>();
    for (RoadmapTarget t : targets) {
      int ofTheKind = 0;
      int actual = 0;
      for (int i = 0; i < procedures.size(); i++) {
        if (t.includes(procedures.get(i))) {
          ofTheKind++;
          if (t.threshold().isMetBy(assessments.get(i))) {
            actual++;
          }
        }
      }
      done.add(new RoadmapProgress.TargetProgress(t, ofTheKind, actual, today));
    }
    List<RoadmapProgress.AgencyProgress> byAgency = new ArrayList<>();
    perAgency.forEach((code, list) -> byAgency.add(new RoadmapProgress.AgencyProgress(
        agencies.get(code), list.size(), legacyCounts(list), onlineCounts(list))));
    return new RoadmapProgress(procedures.size(), legacyCounts(assessments),
        onlineCounts(assessments), done, byAgency);
  }

  /** Counts per legacy level 0–4 (every key present). */
  static Map<Integer, Integer> legacyCounts(List<Assessment> list) {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (int level = 0; level <= 4; level++) {
      counts.put(level, 0);
    }
    list.forEach(a -> counts.merge(a.legacyLevel(), 1, Integer::sum));
    return counts;
  }

  /** Counts per online level (every key present). */
  static Map<OnlineLevel, Integer> onlineCounts(List<Assessment> list) {
    Map<OnlineLevel, Integer> counts = new EnumMap<>(OnlineLevel.class);
    for (OnlineLevel level : OnlineLevel.values()) {
      counts.put(level, 0);
    }
    list.forEach(a -> counts.merge(a.onlineLevel(), 1, Integer::sum));
    return counts;
  }
}
