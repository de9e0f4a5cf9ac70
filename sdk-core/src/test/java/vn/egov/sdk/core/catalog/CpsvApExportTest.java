package vn.egov.sdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Channel;
import vn.egov.sdk.core.Procedure;

class CpsvApExportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode export(String code) throws Exception {
    Procedure p = SampleData.catalog().find(code).orElseThrow();
    return MAPPER.readTree(new CpsvApExport("https://dichvucong.example.gov.vn").toJsonLd(p));
  }

  @Test
  void structureOfThePublicService() throws Exception {
    JsonNode doc = export("2.000488");
    assertThat(doc.path("@context").path("cpsv").asText()).isEqualTo("http://purl.org/vocab/cpsv#");
    assertThat(doc.path("@context").path("cv").asText()).isEqualTo("http://data.europa.eu/m8g/");
    assertThat(doc.path("@context").path("eli").asText()).isEqualTo("http://data.europa.eu/eli/ontology#");
    Map<String, JsonNode> byId = new HashMap<>();
    doc.path("@graph").forEach(n -> byId.put(n.path("@id").asText(), n));
    JsonNode service = doc.path("@graph").get(0);
    assertThat(service.path("@type").asText()).isEqualTo("cpsv:PublicService");
    assertThat(service.path("@id").asText()).isEqualTo("https://dichvucong.example.gov.vn/procedures/2.000488");
    // mandatory: identifier, name, description, competent authority
    assertThat(service.path("dct:identifier").asText()).isEqualTo("2.000488");
    assertThat(service.path("dct:title").path("@value").asText()).startsWith("Cấp Phiếu lý lịch tư pháp");
    assertThat(service.path("dct:title").path("@language").asText()).isEqualTo("vi");
    assertThat(service.path("dct:description").path("@value").asText()).isNotBlank();
    assertThat(service.path("cv:processingTime").path("@value").asText()).isEqualTo("P10D");
    assertThat(service.path("cv:processingTime").path("@type").asText()).isEqualTo("xsd:duration");
    JsonNode authority = byId.get(service.path("cv:hasCompetentAuthority").path("@id").asText());
    assertThat(authority.path("@type")).extracting(JsonNode::asText)
        .containsExactly("cv:PublicOrganisation", "org:Organization");
    assertThat(authority.path("dct:identifier").asText()).isEqualTo("000.00.15.H56");
    assertThat(authority.path("skos:prefLabel").path("@value").asText()).isEqualTo("Sở Tư pháp tỉnh Thanh Hóa");
    assertThat(authority.path("dct:spatial").get(0).path("@id").asText())
        .isEqualTo("http://publications.europa.eu/resource/authority/country/VNM");
    assertThat(authority.has("cv:spatial")).isFalse();
    // every referenced node exists and has its type
    assertRefs(service, "cv:hasChannel", "cv:Channel", byId);
    assertRefs(service, "cv:hasCost", "cv:Cost", byId);
    assertRefs(service, "cpsv:hasInput", "cv:Evidence", byId);
    assertRefs(service, "cpsv:produces", "cv:Output", byId);
    assertRefs(service, "cpsv:follows", "cpsv:Rule", byId);
    assertRefs(service, "cv:hasLegalResource", "eli:LegalResource", byId);
    // a cost names the channel it applies to; fees differ per channel
    for (JsonNode ref : service.path("cv:hasCost")) {
      JsonNode cost = byId.get(ref.path("@id").asText());
      JsonNode channel = byId.get(cost.path("cv:ifAccessedThrough").path("@id").asText());
      assertThat(channel.path("@type").asText()).isEqualTo("cv:Channel");
      assertThat(cost.path("cv:currency").path("@id").asText()).endsWith("/currency/VND");
      assertThat(cost.path("cv:hasValue").path("@type").asText()).isEqualTo("xsd:double");
      assertThat(cost.has("cv:value")).isFalse();
      JsonNode currency = byId.get(cost.path("cv:currency").path("@id").asText());
      assertThat(currency.path("@type").asText()).isEqualTo("skos:Concept");
      JsonNode channelType = byId.get(channel.path("dct:type").path("@id").asText());
      assertThat(channelType.path("@type").asText()).isEqualTo("skos:Concept");
      assertThat(channelType.path("skos:prefLabel").get(0).path("@value").asText()).isNotBlank();
      assertThat(channel.path("cv:processingTime").path("@value").asText()).matches("P(T)?\\d+[DH]");
    }
    assertThat(service.path("cv:hasCost").size()).isEqualTo(4); // in person, post: 1 each; online: 2
    JsonNode legal = byId.get(service.path("cv:hasLegalResource").get(0).path("@id").asText());
    assertThat(legal.path("dct:identifier").asText()).isEqualTo("28/2009/QH12");
    assertThat(legal.path("eli:date_document").path("@value").asText()).isEqualTo("2009-06-17");
    JsonNode rule = byId.get(service.path("cpsv:follows").get(0).path("@id").asText());
    assertThat(rule.path("cpsv:implements").get(0).path("@id").asText()).isEqualTo(legal.path("@id").asText());
    assertThat(rule.has("eli:implements")).isFalse();
    JsonNode language = byId.get(service.path("dct:language").get(0).path("@id").asText());
    assertThat(language.path("@type")).extracting(JsonNode::asText).contains("dct:LinguisticSystem");
  }

  @Test
  void requirementsAndHoursDurations() throws Exception {
    JsonNode doc = export("2.000884");
    JsonNode service = doc.path("@graph").get(0);
    assertThat(service.path("cv:holdsRequirement")).hasSize(1);
    assertThat(service.path("cv:processingTime").path("@value").asText()).isEqualTo("PT4H");
  }

  @Test
  void everyProcedureOfTheSampleExports() {
    CpsvApExport export = new CpsvApExport("https://example.org/");
    SampleData.catalog().procedures().forEach(p -> assertThat(export.toJsonLd(p)).contains("cpsv:PublicService"));
  }

  @Test
  void baseMustBeAnAbsoluteHttpIri() {
    assertThatThrownBy(() -> new CpsvApExport("ftp://x/")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CpsvApExport("not a uri")).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertRefs(JsonNode service, String property, String type, Map<String, JsonNode> byId) {
    assertThat(service.path(property).isArray()).as(property).isTrue();
    assertThat(service.path(property)).as(property).isNotEmpty();
    for (JsonNode ref : service.path(property)) {
      JsonNode node = byId.get(ref.path("@id").asText());
      assertThat(node).as(ref.toString()).isNotNull();
      assertThat(node.path("@type").asText()).isEqualTo(type);
      assertThat(node.path("dct:identifier").asText()).isNotBlank();
    }
  }
}
