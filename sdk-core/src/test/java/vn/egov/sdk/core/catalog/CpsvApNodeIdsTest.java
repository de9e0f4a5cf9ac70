package vn.egov.sdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.AdminLevel;
import vn.egov.sdk.core.Agency;
import vn.egov.sdk.core.Channel;
import vn.egov.sdk.core.ChannelType;
import vn.egov.sdk.core.DossierDocument;
import vn.egov.sdk.core.DossierGroup;
import vn.egov.sdk.core.Fee;
import vn.egov.sdk.core.LegalBasis;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.ProcessingTime;
import vn.egov.sdk.core.ServiceCapabilities;

/**
 * The node ids, identifiers and texts of the CPSV-AP export of one procedure built here, so that each
 * numbered node (cost, evidence, output, requirement, legal resource, step) is checked by number.
 */
class CpsvApNodeIdsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String BASE = "https://dvc.example.gov.vn/";
  private static final String SERVICE = BASE + "procedures/1.000123";
  private static final Agency SO = new Agency("000.00.15.H56", "Sở Tư pháp", AdminLevel.PROVINCE);
  private static final Agency UB = new Agency("000.01.01.H56", "UBND phường", AdminLevel.COMMUNE);

  private static Procedure.Builder procedure() {
    return Procedure.builder().code("1.000123").decisionNumber("1/QĐ").name("Cấp bản sao trích lục")
        .field("Hộ tịch").adminLevel(AdminLevel.PROVINCE).competentAgency(SO).coordinatingAgency(UB)
        .step("Nộp hồ sơ").step("Giải quyết").step("Trả kết quả")
        .channel(Channel.of(ChannelType.IN_PERSON, ProcessingTime.workingDays(5), Fee.vnd("Lệ phí", 8000)))
        .channel(new Channel(ChannelType.ONLINE, ProcessingTime.workingDays(3),
            List.of(Fee.vnd("Lệ phí", 4000), new Fee("Phí in", null, "USD")), null))
        .dossierGroup(new DossierGroup("", List.of(DossierDocument.original("Tờ khai"))))
        .dossierGroup(new DossierGroup("Nếu ủy quyền", List.of(
            new DossierDocument("Văn bản ủy quyền", Optional.of("Mẫu 02"), 1, 2, 0),
            new DossierDocument("Giấy tờ tùy thân", Optional.empty(), 0, 1, 1))))
        .subject("Công dân Việt Nam").result("Bản sao trích lục").result("Giấy hẹn")
        .requirement("Là người có yêu cầu").requirement("Có giấy tờ tùy thân")
        .legalBasis(new LegalBasis("60/2014/QH13", "Luật Hộ tịch", LocalDate.of(2014, 11, 20), "Quốc hội"))
        .legalBasis(new LegalBasis("123/2015/NĐ-CP", "Nghị định hướng dẫn", LocalDate.of(2015, 11, 15), "Chính phủ"))
        .capabilities(new ServiceCapabilities(true, true, true, true, false,
            java.util.Set.of(vn.egov.sdk.core.ResultDelivery.IN_PERSON), true));
  }

  private static Map<String, JsonNode> graph(Procedure p, String base) throws Exception {
    JsonNode doc = MAPPER.readTree(new CpsvApExport(base).toJsonLd(p));
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    doc.path("@graph").forEach(n -> byId.put(n.path("@id").asText(), n));
    return byId;
  }

  private static List<String> ids(JsonNode refs) {
    List<String> out = new ArrayList<>();
    refs.forEach(r -> out.add(r.path("@id").asText()));
    return out;
  }

  private static String vi(JsonNode node, String property) {
    assertThat(node.path(property).path("@language").asText()).isEqualTo("vi");
    return node.path(property).path("@value").asText();
  }

  @Test
  void costsAreNumberedFromOnePerChannelAndNameTheirChannel() throws Exception {
    Map<String, JsonNode> g = graph(procedure().build(), BASE);
    JsonNode service = g.get(SERVICE);
    assertThat(ids(service.path("cv:hasChannel")))
        .containsExactly(SERVICE + "#channel-in_person", SERVICE + "#channel-online");
    assertThat(ids(service.path("cv:hasCost"))).containsExactly(SERVICE + "#channel-in_person-cost-1",
        SERVICE + "#channel-online-cost-1", SERVICE + "#channel-online-cost-2");
    JsonNode online = g.get(SERVICE + "#channel-online");
    assertThat(online.path("dct:identifier").asText()).isEqualTo("1.000123-ONLINE");
    assertThat(vi(online, "dct:description")).isEqualTo("Trực tuyến: 3 ngày làm việc");
    assertThat(online.path("cv:processingTime").path("@value").asText()).isEqualTo("P3D");
    assertThat(online.path("cv:ownedBy").path("@id").asText()).isEqualTo(BASE + "agencies/000.00.15.H56");
    assertThat(online.path("dct:type").path("@id").asText()).isEqualTo(BASE + "concepts/channel-type/online");
    JsonNode second = g.get(SERVICE + "#channel-online-cost-2");
    assertThat(second.path("dct:identifier").asText()).isEqualTo("1.000123-ONLINE-2");
    assertThat(vi(second, "dct:description")).isEqualTo("Phí in");
    assertThat(second.has("cv:hasValue")).as("a fee without an amount has no value").isFalse();
    assertThat(second.path("cv:currency").path("@id").asText())
        .isEqualTo("http://publications.europa.eu/resource/authority/currency/USD");
    assertThat(second.path("cv:ifAccessedThrough").path("@id").asText()).isEqualTo(SERVICE + "#channel-online");
    JsonNode first = g.get(SERVICE + "#channel-in_person-cost-1");
    assertThat(first.path("dct:identifier").asText()).isEqualTo("1.000123-IN_PERSON-1");
    assertThat(first.path("cv:hasValue").path("@value").asText()).isEqualTo("8000");
    // the processing time of the service is the online channel's, not the first channel's
    assertThat(service.path("cv:processingTime").path("@value").asText()).isEqualTo("P3D");
    // one currency concept per currency, in code order
    assertThat(g.get("http://publications.europa.eu/resource/authority/currency/USD").path("skos:notation").asText())
        .isEqualTo("USD");
    assertThat(g.get("http://publications.europa.eu/resource/authority/currency/VND").path("@type").asText())
        .isEqualTo("skos:Concept");
    JsonNode inPersonType = g.get(BASE + "concepts/channel-type/in-person");
    assertThat(inPersonType.path("skos:prefLabel").get(1).path("@value").asText()).isEqualTo("In person");
    assertThat(inPersonType.path("skos:prefLabel").get(1).path("@language").asText()).isEqualTo("en");
    assertThat(inPersonType.path("skos:inScheme").path("@id").asText()).isEqualTo(BASE + "concepts/channel-type");
  }

  @Test
  void evidenceIsNumberedAcrossGroupsAndDescribesCopiesConditionAndForm() throws Exception {
    Map<String, JsonNode> g = graph(procedure().build(), BASE);
    assertThat(ids(g.get(SERVICE).path("cpsv:hasInput")))
        .containsExactly(SERVICE + "#evidence-1", SERVICE + "#evidence-2", SERVICE + "#evidence-3");
    JsonNode e1 = g.get(SERVICE + "#evidence-1");
    assertThat(e1.path("dct:identifier").asText()).isEqualTo("1.000123-E1");
    assertThat(vi(e1, "dct:title")).isEqualTo("Tờ khai");
    assertThat(vi(e1, "dct:description")).isEqualTo("Bản chính: 1, bản sao: 0, bản điện tử: 0");
    JsonNode e2 = g.get(SERVICE + "#evidence-2");
    assertThat(e2.path("dct:identifier").asText()).isEqualTo("1.000123-E2");
    assertThat(vi(e2, "dct:description"))
        .isEqualTo("Nếu ủy quyền. Bản chính: 1, bản sao: 2, bản điện tử: 0. Mẫu: Mẫu 02");
    JsonNode e3 = g.get(SERVICE + "#evidence-3");
    assertThat(vi(e3, "dct:description")).isEqualTo("Nếu ủy quyền. Bản chính: 0, bản sao: 1, bản điện tử: 1");
  }

  @Test
  void outputsRequirementsStepsAndLegalResourcesAreNumberedFromOne() throws Exception {
    Map<String, JsonNode> g = graph(procedure().build(), BASE);
    JsonNode service = g.get(SERVICE);
    assertThat(ids(service.path("cpsv:produces"))).containsExactly(SERVICE + "#output-1", SERVICE + "#output-2");
    JsonNode o2 = g.get(SERVICE + "#output-2");
    assertThat(o2.path("@type").asText()).isEqualTo("cv:Output");
    assertThat(o2.path("dct:identifier").asText()).isEqualTo("1.000123-O2");
    assertThat(vi(o2, "dct:title")).isEqualTo("Giấy hẹn");
    assertThat(o2.has("dct:description")).as("an output has only a title").isFalse();
    assertThat(ids(service.path("cv:holdsRequirement")))
        .containsExactly(SERVICE + "#requirement-1", SERVICE + "#requirement-2");
    JsonNode r1 = g.get(SERVICE + "#requirement-1");
    assertThat(r1.path("dct:identifier").asText()).isEqualTo("1.000123-R1");
    assertThat(vi(r1, "dct:description")).isEqualTo("Là người có yêu cầu");
    JsonNode rule = g.get(SERVICE + "#rule-steps");
    assertThat(rule.path("dct:identifier").asText()).isEqualTo("1.000123-STEPS");
    assertThat(vi(rule, "dct:title")).isEqualTo("Trình tự thực hiện");
    assertThat(vi(rule, "dct:description"))
        .isEqualTo("Bước 1: Nộp hồ sơ\nBước 2: Giải quyết\nBước 3: Trả kết quả");
    assertThat(ids(service.path("cv:hasLegalResource"))).containsExactly(SERVICE + "#legal-1", SERVICE + "#legal-2");
    assertThat(ids(rule.path("cpsv:implements"))).containsExactly(SERVICE + "#legal-1", SERVICE + "#legal-2");
    JsonNode l2 = g.get(SERVICE + "#legal-2");
    assertThat(l2.path("dct:identifier").asText()).isEqualTo("123/2015/NĐ-CP");
    assertThat(vi(l2, "dct:title")).isEqualTo("Nghị định hướng dẫn");
    assertThat(l2.path("eli:date_document").path("@value").asText()).isEqualTo("2015-11-15");
    assertThat(l2.path("eli:date_document").path("@type").asText()).isEqualTo("xsd:date");
    assertThat(vi(l2.path("eli:passed_by"), "skos:prefLabel")).isEqualTo("Chính phủ");
  }

  @Test
  void everyAgencyIsANodeOnceAndTheDescriptionFallsBackToTheName() throws Exception {
    Map<String, JsonNode> g = graph(procedure().implementingAgency(SO).build(), "https://dvc.example.gov.vn");
    JsonNode service = g.get(SERVICE);
    assertThat(vi(service, "dct:description")).isEqualTo("Cấp bản sao trích lục");
    assertThat(service.path("dcat:keyword").get(0).path("@value").asText()).isEqualTo("Hộ tịch");
    JsonNode ub = g.get(BASE + "agencies/000.01.01.H56");
    assertThat(ub.path("dct:identifier").asText()).isEqualTo("000.01.01.H56");
    assertThat(vi(ub, "skos:prefLabel")).isEqualTo("UBND phường");
    assertThat(g.keySet().stream().filter(id -> id.contains("/agencies/"))).hasSize(2);
    JsonNode vietnamese = g.get("http://publications.europa.eu/resource/authority/language/VIE");
    assertThat(vietnamese.path("skos:prefLabel").get(1).path("@value").asText()).isEqualTo("Vietnamese");
    JsonNode country = g.get("http://publications.europa.eu/resource/authority/country/VNM");
    assertThat(country.path("@type").get(0).asText()).isEqualTo("dct:Location");
    assertThat(country.path("skos:prefLabel").get(0).path("@value").asText()).isEqualTo("Việt Nam");
    Procedure described = procedure().description("Cấp bản sao từ sổ hộ tịch").build();
    assertThat(vi(graph(described, BASE).get(SERVICE), "dct:description")).isEqualTo("Cấp bản sao từ sổ hộ tịch");
  }

  @Test
  void withoutAnOnlineChannelTheServiceTakesTheFirstChannelsTime() throws Exception {
    Procedure inPersonOnly = Procedure.builder().code("1.000123").decisionNumber("1/QĐ").name("n")
        .field("f").adminLevel(AdminLevel.PROVINCE).competentAgency(SO).step("s")
        .channel(Channel.of(ChannelType.POST, ProcessingTime.hours(8)))
        .channel(Channel.of(ChannelType.IN_PERSON, ProcessingTime.days(2)))
        .dossierGroup(new DossierGroup("", List.of(DossierDocument.original("d")))).subject("s")
        .capabilities(ServiceCapabilities.informationOnly()).build();
    assertThat(graph(inPersonOnly, BASE).get(SERVICE).path("cv:processingTime").path("@value").asText())
        .isEqualTo("PT8H");
  }

  @Test
  void theBaseIriIsChecked() {
    assertThatThrownBy(() -> new CpsvApExport(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("baseIri: must be an absolute http(s) IRI");
    assertThatThrownBy(() -> new CpsvApExport("https:///path"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("baseIri: must be an absolute http(s) IRI");
    assertThatThrownBy(() -> new CpsvApExport("/relative"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("baseIri: must be an absolute http(s) IRI");
    assertThatThrownBy(() -> new CpsvApExport("mailto:a@b.vn"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("baseIri: must be an absolute http(s) IRI");
    assertThat(new CpsvApExport("http://dvc.example.gov.vn/a").toJsonLd(procedure().build()))
        .contains("\"http://dvc.example.gov.vn/a/procedures/1.000123\"");
  }
}
