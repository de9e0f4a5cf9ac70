package vn.egov.sdk.core.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import vn.egov.sdk.core.Agency;
import vn.egov.sdk.core.Channel;
import vn.egov.sdk.core.ChannelType;
import vn.egov.sdk.core.DossierDocument;
import vn.egov.sdk.core.DossierGroup;
import vn.egov.sdk.core.Fee;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.LegalBasis;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.ProcessingTime;

/**
 * Exports procedures as CPSV-AP 3.2.0 JSON-LD (the EU Core Public Service Vocabulary Application
 * Profile), so a catalog can feed other public-service catalogues. The document carries its own
 * {@code @context} (prefixes only), so it needs no network to expand. Mapping in docs/sdk-core.md.
 */
public final class CpsvApExport {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String CURRENCY_AUTHORITY =
      "http://publications.europa.eu/resource/authority/currency/";
  private static final String COUNTRY_VIETNAM =
      "http://publications.europa.eu/resource/authority/country/VNM";
  private static final String LANGUAGE_VIETNAMESE =
      "http://publications.europa.eu/resource/authority/language/VIE";

  private final String base;

  /**
   * @param baseIri the base of the node IRIs, an absolute http(s) IRI such as
   *     {@code https://dichvucong.thanhhoa.gov.vn/}; services become {@code <base>procedures/<code>},
   *     agencies {@code <base>agencies/<unit code>}
   * @throws IllegalArgumentException when it is not an absolute http(s) IRI
   */
  public CpsvApExport(String baseIri) {
    URI uri;
    try {
      uri = URI.create(baseIri);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("baseIri: must be an absolute http(s) IRI");
    }
    if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
      throw new IllegalArgumentException("baseIri: must be an absolute http(s) IRI");
    }
    this.base = baseIri.endsWith("/") ? baseIri : baseIri + "/";
  }

  /** The procedure as a JSON-LD document (UTF-8 text). */
  public String toJsonLd(Procedure procedure) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document(procedure));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON-LD could not be written", e);
    }
  }

  private ObjectNode document(Procedure p) {
    ObjectNode doc = MAPPER.createObjectNode();
    doc.set("@context", context());
    String serviceId = base + "procedures/" + p.code();
    ArrayNode graph = doc.putArray("@graph");
    ObjectNode service = graph.addObject();
    service.put("@id", serviceId);
    service.put("@type", "cpsv:PublicService");
    service.put("dct:identifier", p.code());
    service.set("dct:title", text(p.name()));
    service.set("dct:description", text(p.description().isEmpty() ? p.name() : p.description()));
    service.putArray("dct:language").addObject().put("@id", LANGUAGE_VIETNAMESE);
    service.putArray("dcat:keyword").add(text(p.field()));
    service.set("cv:hasCompetentAuthority", ref(agencyId(p.competentAgency())));
    service.set("cv:processingTime", typed(usual(p).toIsoDuration(), "xsd:duration"));

    for (Agency a : p.agencies()) {
      ObjectNode org = graph.addObject();
      org.put("@id", agencyId(a));
      // cv:PublicOrganisation is a kind of org:Organization; the shapes check the type as written
      org.putArray("@type").add("cv:PublicOrganisation").add("org:Organization");
      org.put("dct:identifier", a.code());
      org.set("skos:prefLabel", text(a.name()));
      org.putArray("dct:spatial").add(ref(COUNTRY_VIETNAM));
    }

    ArrayNode channelRefs = service.putArray("cv:hasChannel");
    Set<String> currencies = new TreeSet<>();
    ArrayNode costRefs = service.putArray("cv:hasCost");
    for (Channel c : p.channels()) {
      String channelId = serviceId + "#channel-" + c.type().name().toLowerCase(Locale.ROOT);
      channelRefs.add(ref(channelId));
      ObjectNode channel = graph.addObject();
      channel.put("@id", channelId);
      channel.put("@type", "cv:Channel");
      channel.put("dct:identifier", p.code() + "-" + c.type().name());
      channel.set("dct:type", ref(channelTypeId(c.type())));
      channel.set("dct:description", text(c.type().label().vi() + ": "
          + c.processingTime().display(Language.VI)));
      channel.set("cv:processingTime", typed(c.processingTime().toIsoDuration(), "xsd:duration"));
      channel.set("cv:ownedBy", ref(agencyId(p.competentAgency())));
      for (int i = 0; i < c.fees().size(); i++) {
        Fee f = c.fees().get(i);
        String costId = channelId + "-cost-" + (i + 1);
        costRefs.add(ref(costId));
        ObjectNode cost = graph.addObject();
        cost.put("@id", costId);
        cost.put("@type", "cv:Cost");
        cost.put("dct:identifier", p.code() + "-" + c.type().name() + "-" + (i + 1));
        cost.set("dct:description", text(f.description()));
        if (f.amount() != null) {
          // CPSV-AP 3.2 types cv:hasValue as xsd:double; fees are whole đồng, exact in a double
          cost.set("cv:hasValue", typed(f.amount().toPlainString(), "xsd:double"));
        }
        cost.set("cv:currency", ref(CURRENCY_AUTHORITY + f.currency()));
        currencies.add(f.currency());
        cost.set("cv:ifAccessedThrough", ref(channelId));
      }
    }

    ArrayNode inputs = service.putArray("cpsv:hasInput");
    int n = 0;
    for (DossierGroup g : p.dossier()) {
      for (DossierDocument d : g.documents()) {
        String id = serviceId + "#evidence-" + (++n);
        inputs.add(ref(id));
        ObjectNode ev = graph.addObject();
        ev.put("@id", id);
        ev.put("@type", "cv:Evidence");
        ev.put("dct:identifier", p.code() + "-E" + n);
        ev.set("dct:title", text(d.name()));
        StringBuilder desc = new StringBuilder();
        if (!g.condition().isEmpty()) {
          desc.append(g.condition()).append(". ");
        }
        desc.append("Bản chính: ").append(d.originals()).append(", bản sao: ").append(d.copies())
            .append(", bản điện tử: ").append(d.electronic());
        d.form().ifPresent(f -> desc.append(". Mẫu: ").append(f));
        ev.set("dct:description", text(desc.toString()));
      }
    }
    addTitled(graph, service.putArray("cpsv:produces"), serviceId + "#output-", "cv:Output",
        p.code() + "-O", p.results());
    addTitled(graph, service.putArray("cv:holdsRequirement"), serviceId + "#requirement-",
        "cv:Requirement", p.code() + "-R", p.requirements());

    String ruleId = serviceId + "#rule-steps";
    service.putArray("cpsv:follows").add(ref(ruleId));
    ObjectNode rule = graph.addObject();
    rule.put("@id", ruleId);
    rule.put("@type", "cpsv:Rule");
    rule.put("dct:identifier", p.code() + "-STEPS");
    rule.set("dct:title", text("Trình tự thực hiện"));
    StringBuilder steps = new StringBuilder();
    for (int i = 0; i < p.steps().size(); i++) {
      steps.append(i == 0 ? "" : "\n").append("Bước ").append(i + 1).append(": ").append(p.steps().get(i));
    }
    rule.set("dct:description", text(steps.toString()));

    ArrayNode legal = service.putArray("cv:hasLegalResource");
    for (int i = 0; i < p.legalBasis().size(); i++) {
      LegalBasis l = p.legalBasis().get(i);
      String id = serviceId + "#legal-" + (i + 1);
      legal.add(ref(id));
      rule.withArray("cpsv:implements").add(ref(id));
      ObjectNode lr = graph.addObject();
      lr.put("@id", id);
      lr.put("@type", "eli:LegalResource");
      lr.put("dct:identifier", l.number());
      lr.set("dct:title", text(l.summary()));
      lr.set("eli:date_document", typed(l.issuedOn().toString(), "xsd:date"));
      lr.putObject("eli:passed_by").set("skos:prefLabel", text(l.issuer()));
    }
    // the controlled vocabularies the shapes want as nodes of a class (skos:Concept,
    // dct:LinguisticSystem, dct:Location): the EU authority tables' IRIs, and the SDK's channel types
    ObjectNode language = graph.addObject();
    language.put("@id", LANGUAGE_VIETNAMESE);
    language.putArray("@type").add("dct:LinguisticSystem").add("skos:Concept");
    language.putArray("skos:prefLabel").add(text("Tiếng Việt")).add(english("Vietnamese"));
    ObjectNode country = graph.addObject();
    country.put("@id", COUNTRY_VIETNAM);
    country.putArray("@type").add("dct:Location").add("skos:Concept");
    country.putArray("skos:prefLabel").add(text("Việt Nam")).add(english("Viet Nam"));
    for (String code : currencies) {
      ObjectNode currency = graph.addObject();
      currency.put("@id", CURRENCY_AUTHORITY + code);
      currency.put("@type", "skos:Concept");
      currency.put("skos:notation", code);
    }
    EnumSet<ChannelType> types = EnumSet.noneOf(ChannelType.class);
    p.channels().forEach(c -> types.add(c.type()));
    for (ChannelType t : types) {
      ObjectNode concept = graph.addObject();
      concept.put("@id", channelTypeId(t));
      concept.put("@type", "skos:Concept");
      concept.putArray("skos:prefLabel").add(text(t.label().vi())).add(english(t.label().en()));
      concept.set("skos:inScheme", ref(base + "concepts/channel-type"));
    }
    return doc;
  }

  /** The SDK's channel-type concept: {@code <base>concepts/channel-type/in-person} etc. */
  private String channelTypeId(ChannelType type) {
    return base + "concepts/channel-type/" + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private void addTitled(ArrayNode graph, ArrayNode refs, String idPrefix, String type,
      String identifierPrefix, List<String> titles) {
    for (int i = 0; i < titles.size(); i++) {
      String id = idPrefix + (i + 1);
      refs.add(ref(id));
      ObjectNode node = graph.addObject();
      node.put("@id", id);
      node.put("@type", type);
      node.put("dct:identifier", identifierPrefix + (i + 1));
      node.set("dct:title", text(titles.get(i)));
      if (type.equals("cv:Requirement")) {
        node.set("dct:description", text(titles.get(i)));
      }
    }
  }

  /** The online channel's processing time, else the first channel's. */
  private static ProcessingTime usual(Procedure p) {
    return p.channel(ChannelType.ONLINE).orElse(p.channels().get(0)).processingTime();
  }

  private String agencyId(Agency a) {
    return base + "agencies/" + a.code();
  }

  private static ObjectNode context() {
    ObjectNode c = MAPPER.createObjectNode();
    c.put("cpsv", "http://purl.org/vocab/cpsv#");
    c.put("cv", "http://data.europa.eu/m8g/");
    c.put("dct", "http://purl.org/dc/terms/");
    c.put("dcat", "http://www.w3.org/ns/dcat#");
    c.put("eli", "http://data.europa.eu/eli/ontology#");
    c.put("org", "http://www.w3.org/ns/org#");
    c.put("skos", "http://www.w3.org/2004/02/skos/core#");
    c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    return c;
  }

  private static ObjectNode text(String value) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("@value", value);
    n.put("@language", "vi");
    return n;
  }

  private static ObjectNode english(String value) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("@value", value);
    n.put("@language", "en");
    return n;
  }

  private static ObjectNode typed(String value, String type) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("@value", value);
    n.put("@type", type);
    return n;
  }

  private static ObjectNode ref(String id) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("@id", id);
    return n;
  }
}
