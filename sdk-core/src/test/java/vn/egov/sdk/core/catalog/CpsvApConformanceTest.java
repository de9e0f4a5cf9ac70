package vn.egov.sdk.core.catalog;

import vn.egov.sdk.core.AdminLevel;
import vn.egov.sdk.core.Agency;
import vn.egov.sdk.core.Channel;
import vn.egov.sdk.core.ChannelType;
import vn.egov.sdk.core.DossierDocument;
import vn.egov.sdk.core.DossierGroup;
import vn.egov.sdk.core.Fee;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.ProcessingTime;
import vn.egov.sdk.core.ServiceCapabilities;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.4: the export validated with Apache Jena SHACL against the official CPSV-AP 3.2.0 shapes
 * (src/test/resources/cpsv-ap/, copied from the SEMIC release) — every sample procedure, synthetic
 * catalogs and edge cases — and no term outside the profile.
 */
class CpsvApConformanceTest {
  private static final CpsvApExport EXPORT = new CpsvApExport("https://dichvucong.example.gov.vn/");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SH = "http://www.w3.org/ns/shacl#";
  private static final String ELI = "http://data.europa.eu/eli/ontology#";
  private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

  private static void assertConforms(Procedure p) {
    ValidationReport report = CpsvApShapes.validate(EXPORT.toJsonLd(p));
    assertThat(CpsvApShapes.describe(report)).as(p.code()).isEmpty();
    assertThat(report.conforms()).as(p.code()).isTrue();
  }

  @Test
  void everySampleProcedureConforms() {
    List<Procedure> all = SampleData.catalog().procedures();
    assertThat(all).hasSizeGreaterThanOrEqualTo(37);
    all.forEach(CpsvApConformanceTest::assertConforms);
  }

  @Test
  void syntheticProceduresConform() {
    for (long seed : new long[] {1, 42, 2013}) {
      SyntheticCatalog.generate(seed, 120, 17).procedures().forEach(CpsvApConformanceTest::assertConforms);
    }
  }

  /** Fees not fixed, foreign currency, hours, no legal basis/results/requirements, several agencies. */
  @Test
  void edgeCasesConform() {
    Agency commune = new Agency("000.01.01.H56", "Ủy ban nhân dân phường Hạc Thành", AdminLevel.COMMUNE);
    Agency dept = new Agency("000.00.15.H56", "Sở Tư pháp tỉnh Thanh Hóa", AdminLevel.PROVINCE);
    Procedure p = Procedure.builder().code("2.000001").decisionNumber("1/QĐ").name("Thủ tục biên")
        .field("Chứng thực").adminLevel(AdminLevel.COMMUNE).competentAgency(commune)
        .coordinatingAgency(dept).delegatedAgency(new Agency("G12.34.56.H78", "Đơn vị ủy quyền", AdminLevel.PROVINCE))
        .step("Nộp").channel(Channel.of(ChannelType.IN_PERSON, ProcessingTime.hours(4),
            new Fee("Phí theo số trang", null, "VND"), new Fee("Phí dịch thuật", new BigDecimal("12.5"), "USD")))
        .channel(Channel.of(ChannelType.POST, ProcessingTime.days(3)))
        .dossierGroup(new DossierGroup("Đối với trường hợp ủy quyền", List.of(
            new DossierDocument("Giấy ủy quyền", Optional.empty(), 0, 1, 0))))
        .subject("Công dân Việt Nam").capabilities(ServiceCapabilities.informationOnly()).build();
    assertConforms(p);
  }

  /** The validator is not a rubber stamp: documents broken the five ways the issue found fail. */
  @Test
  void theShapesCatchTheFiveKindsOfViolationThisExportOnceHad() throws Exception {
    Procedure p = SampleData.catalog().find("2.000488").orElseThrow();
    String good = EXPORT.toJsonLd(p);
    assertThat(CpsvApShapes.validate(good).conforms()).isTrue();
    for (String droppedType : List.of("skos:Concept", "org:Organization", "dct:LinguisticSystem", "dct:Location")) {
      ObjectNode doc = (ObjectNode) MAPPER.readTree(good);
      for (var node : doc.withArray("@graph")) {
        if (node.path("@type").isArray()) {
          ArrayNode types = (ArrayNode) node.path("@type");
          for (int i = types.size() - 1; i >= 0; i--) {
            if (types.get(i).asText().equals(droppedType)) {
              types.remove(i);
            }
          }
        } else if (node.path("@type").asText().equals(droppedType)) {
          ((ObjectNode) node).remove("@type");
        }
      }
      assertThat(CpsvApShapes.validate(MAPPER.writeValueAsString(doc)).conforms()).as(droppedType).isFalse();
    }
    String spatialAsM8g = good.replace("\"dct:spatial\"", "\"cv:spatial\"");
    assertThat(CpsvApShapes.validate(spatialAsM8g).conforms()).isFalse();
  }

  /**
   * Every property the export writes is one the CPSV-AP shapes constrain (so a misspelt term such as
   * cv:value or eli:implements is caught), apart from rdf:type, the SKOS labels of the concepts the
   * export declares, and the ELI ontology's own properties on eli:LegalResource nodes.
   */
  @Test
  void usesOnlyTheProfilesTerms() {
    Graph shapes = CpsvApShapes.shapes().getGraph();
    Set<String> profile = new HashSet<>();
    shapes.find(Node.ANY, NodeFactory.createURI(SH + "path"), Node.ANY)
        .forEachRemaining(t -> profile.add(t.getObject().getURI()));
    Set<String> classes = new HashSet<>();
    shapes.find(Node.ANY, NodeFactory.createURI(SH + "targetClass"), Node.ANY)
        .forEachRemaining(t -> classes.add(t.getObject().getURI()));
    Set<String> outside = new TreeSet<>();
    List<Procedure> procedures = new ArrayList<>(SampleData.catalog().procedures());
    procedures.addAll(SyntheticCatalog.generate(7, 50, 5).procedures());
    for (Procedure p : procedures) {
      Graph g = CpsvApShapes.graph(EXPORT.toJsonLd(p));
      for (Triple t : g.find().toList()) {
        String predicate = t.getPredicate().getURI();
        if (predicate.equals(RDF.type.getURI())) {
          if (!classes.contains(t.getObject().getURI())) {
            outside.add("class " + t.getObject().getURI());
          }
          continue;
        }
        boolean legal = g.contains(t.getSubject(), RDF.type.asNode(), NodeFactory.createURI(ELI + "LegalResource"));
        boolean concept = g.contains(t.getSubject(), RDF.type.asNode(), NodeFactory.createURI(SKOS + "Concept"));
        boolean allowed = profile.contains(predicate)
            || (legal && predicate.startsWith(ELI))
            || (concept && predicate.startsWith(SKOS))
            || (!t.getSubject().isURI() && predicate.equals(SKOS + "prefLabel")); // eli:passed_by's agent
        if (!allowed) {
          outside.add(predicate);
        }
      }
    }
    assertThat(outside).isEmpty();
  }
}
