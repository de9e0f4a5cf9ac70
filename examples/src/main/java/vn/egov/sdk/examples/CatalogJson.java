package vn.egov.sdk.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.sdk.core.Agency;
import vn.egov.sdk.core.Assessment;
import vn.egov.sdk.core.Channel;
import vn.egov.sdk.core.DossierDocument;
import vn.egov.sdk.core.DossierGroup;
import vn.egov.sdk.core.Fee;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.LegalBasis;
import vn.egov.sdk.core.MaturityThreshold;
import vn.egov.sdk.core.OnlineLevel;
import vn.egov.sdk.core.catalog.Page;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.roadmap.RoadmapProgress;
import vn.egov.sdk.core.roadmap.RoadmapTarget;
import vn.egov.sdk.core.ServiceCapabilities;

/** The JSON shapes of the catalog endpoints (http-contract.md), as ordered maps. */
final class CatalogJson {
  private CatalogJson() {}

  static Map<String, Object> page(Page<Procedure> page) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", page.total());
    m.put("page", page.page());
    m.put("size", page.size());
    m.put("items", page.items().stream().map(CatalogJson::item).toList());
    return m;
  }

  static Map<String, Object> item(Procedure p) {
    Assessment a = p.assessment();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", p.code());
    m.put("name", p.name());
    m.put("field", p.field());
    m.put("agency", agencyRef(p.competentAgency()));
    m.put("adminLevel", p.adminLevel().name());
    m.put("legacyLevel", a.legacyLevel());
    m.put("onlineLevel", a.onlineLevel().name());
    return m;
  }

  /** The whole record: every member of the list's {@link #item} (same names), then the rest. */
  static Map<String, Object> procedure(Procedure p, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>(item(p));
    m.put("localCode", p.localCode().orElse(null));
    m.put("decisionNumber", p.decisionNumber());
    m.put("description", p.description());
    m.put("type", p.type());
    m.put("competentAgency", agency(p.competentAgency()));
    m.put("implementingAgencies", p.implementingAgencies().stream().map(CatalogJson::agency).toList());
    m.put("delegatedAgencies", p.delegatedAgencies().stream().map(CatalogJson::agency).toList());
    m.put("coordinatingAgencies", p.coordinatingAgencies().stream().map(CatalogJson::agency).toList());
    m.put("steps", p.steps());
    m.put("channels", p.channels().stream().map(c -> channel(c, lang)).toList());
    m.put("dossier", p.dossier().stream().map(CatalogJson::group).toList());
    m.put("subjects", p.subjects());
    m.put("results", p.results());
    m.put("requirements", p.requirements());
    m.put("legalBasis", p.legalBasis().stream().map(CatalogJson::legal).toList());
    m.put("capabilities", capabilities(p.capabilities()));
    m.put("assessment", assessment(p.assessment(), lang));
    return m;
  }

  static Map<String, Object> roadmap(RoadmapProgress r, LocalDate asOf, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("asOf", asOf.toString());
    m.put("totalProcedures", r.totalProcedures());
    m.put("byLegacyLevel", legacy(r.byLegacyLevel()));
    m.put("unpublished", r.byLegacyLevel().getOrDefault(0, 0));
    m.put("byOnlineLevel", online(r.byOnlineLevel()));
    List<Map<String, Object>> targets = new ArrayList<>();
    for (RoadmapProgress.TargetProgress t : r.targets()) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("id", t.target().id());
      tm.put("description", t.target().description().in(lang));
      tm.put("deadline", t.target().deadline().map(LocalDate::toString).orElse(null));
      tm.put("required", t.required());
      tm.put("actual", t.actual());
      tm.put("met", t.met());
      tm.put("shortBy", t.shortBy());
      tm.put("overdue", t.overdue());
      tm.put("threshold", threshold(t.target().threshold()));
      tm.put("agency", t.target().agencyCode().orElse(null));
      tm.put("kind", t.target().kind().label().in(lang));
      tm.put("ofTheKind", t.ofTheKind());
      tm.put("quota", t.target().quota() instanceof RoadmapTarget.Quota.AtLeast a
          ? Map.of("atLeast", a.count()) : Map.of("all", true));
      targets.add(tm);
    }
    m.put("targets", targets);
    List<Map<String, Object>> agencies = new ArrayList<>();
    for (RoadmapProgress.AgencyProgress a : r.agencies()) {
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("code", a.agency().code());
      am.put("name", a.agency().name());
      am.put("total", a.total());
      am.put("byLegacyLevel", legacy(a.byLegacyLevel()));
      am.put("byOnlineLevel", online(a.byOnlineLevel()));
      agencies.add(am);
    }
    m.put("agencies", agencies);
    return m;
  }

  private static Map<String, Object> threshold(MaturityThreshold t) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (t instanceof MaturityThreshold.Legacy l) {
      m.put("legacyLevel", l.level());
    } else if (t instanceof MaturityThreshold.Online o) {
      m.put("onlineLevel", o.level().name());
    }
    return m;
  }

  /** Keys "1" to "4"; procedures below level 1 are reported as {@code unpublished}. */
  private static Map<String, Integer> legacy(Map<Integer, Integer> counts) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int level = 1; level <= 4; level++) {
      m.put(Integer.toString(level), counts.getOrDefault(level, 0));
    }
    return m;
  }

  private static Map<String, Integer> online(Map<OnlineLevel, Integer> counts) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (OnlineLevel level : OnlineLevel.values()) {
      m.put(level.name(), counts.getOrDefault(level, 0));
    }
    return m;
  }

  static Map<String, Object> assessment(Assessment a, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("legacyLevel", a.legacyLevel());
    m.put("onlineLevel", a.onlineLevel().name());
    m.put("onlineLevelLabel", a.onlineLevel().label().in(lang));
    m.put("missingForNext", a.missingForNext().stream().map(Enum::name).toList());
    m.put("missingForNextLabels", a.missingForNext().stream().map(c -> c.label().in(lang)).toList());
    return m;
  }

  private static Map<String, Object> agencyRef(Agency a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.code());
    m.put("name", a.name());
    return m;
  }

  private static Map<String, Object> agency(Agency a) {
    Map<String, Object> m = agencyRef(a);
    m.put("level", a.level().name());
    return m;
  }

  private static Map<String, Object> channel(Channel c, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", c.type().name());
    m.put("label", c.type().label().in(lang));
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("amount", c.processingTime().amount());
    t.put("unit", c.processingTime().unit().name());
    t.put("text", c.processingTime().display(lang));
    m.put("processingTime", t);
    m.put("fees", c.fees().stream().map(CatalogJson::fee).toList());
    m.put("note", c.note());
    return m;
  }

  private static Map<String, Object> fee(Fee f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("description", f.description());
    m.put("amount", f.amount());
    m.put("currency", f.currency());
    return m;
  }

  private static Map<String, Object> group(DossierGroup g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("condition", g.condition());
    m.put("documents", g.documents().stream().map(CatalogJson::document).toList());
    return m;
  }

  private static Map<String, Object> document(DossierDocument d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", d.name());
    m.put("form", d.form().orElse(null));
    m.put("originals", d.originals());
    m.put("copies", d.copies());
    m.put("electronic", d.electronic());
    return m;
  }

  private static Map<String, Object> legal(LegalBasis l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", l.number());
    m.put("summary", l.summary());
    m.put("issuedOn", l.issuedOn().toString());
    m.put("issuer", l.issuer());
    return m;
  }

  private static Map<String, Object> capabilities(ServiceCapabilities c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("informationPublished", c.informationPublished());
    m.put("formsDownloadable", c.formsDownloadable());
    m.put("onlineSubmission", c.onlineSubmission());
    m.put("onlineProcessing", c.onlineProcessing());
    m.put("onlinePayment", c.onlinePayment());
    m.put("resultDelivery", c.resultDelivery().stream().map(Enum::name).sorted().toList());
    m.put("presenceRequired", c.presenceRequired());
    return m;
  }
}
