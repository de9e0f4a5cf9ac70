package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.forms.internal.JsonSupport;

/** Every field type and constraint of a definition appears in the exported JSON Schema, and nothing more. */
class JsonSchemaConstraintsTest {
  private static final String LABEL = "\"label\":{\"vi\":\"Nhãn\",\"en\":\"Label\"}";
  private final JsonSchemaExporter exporter = new JsonSchemaExporter();

  private static FormDefinition form(String description, String... fields) {
    return FormDefinitions.parse("{\"formatVersion\":1,\"id\":\"f\",\"version\":\"2\",\"procedureCode\":\"1.001193\","
        + "\"title\":{\"vi\":\"Tờ khai\",\"en\":\"Declaration\"}," + description
        + "\"sections\":[{\"id\":\"s\",\"title\":{\"vi\":\"S\",\"en\":\"S\"},\"fields\":[" + String.join(",", fields) + "]}]}");
  }

  private static String field(String id, String type, String more) {
    return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\"," + LABEL + (more.isEmpty() ? "" : "," + more) + "}";
  }

  private static JsonNode json(String text) {
    try {
      return JsonSupport.mapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private ObjectNode schemaOf(String field) {
    return exporter.fieldSchema(form("", field).fields().get(0));
  }

  @Test
  void theFormsTitleDescriptionAndIdAreInTheAskedLanguage() {
    ObjectNode en = exporter.export(form("\"description\":{\"vi\":\"Mô tả\",\"en\":\"About\"},", field("t", "text", "")),
        Language.EN);
    assertThat(en.get("$id").asText()).isEqualTo("urn:vn-egov-sdk:form:f:2");
    assertThat(en.get("title").asText()).isEqualTo("Declaration");
    assertThat(en.get("description").asText()).isEqualTo("About");
    assertThat(en.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(exporter.export(form("", field("t", "text", ""))).has("description")).isFalse();
    assertThat(exporter.export(form("", field("t", "text", ""))).get("title").asText()).isEqualTo("Tờ khai");
  }

  @Test
  void anOptionalTextWithoutLimitsHasOnlyItsTypeAndTitle() {
    assertThat(schemaOf(field("t", "text", ""))).isEqualTo(json("{\"title\":\"Nhãn\",\"type\":\"string\"}"));
  }

  @Test
  void aTextHasItsHelpLengthsAndPattern() {
    assertThat(schemaOf(field("t", "text", "\"help\":{\"vi\":\"Gợi ý\",\"en\":\"Hint\"},\"minLength\":2,"
        + "\"maxLength\":9,\"pattern\":\"^[a-z]+$\""))).isEqualTo(json("{\"title\":\"Nhãn\",\"description\":\"Gợi ý\","
            + "\"type\":\"string\",\"minLength\":2,\"maxLength\":9,\"pattern\":\"^[a-z]+$\"}"));
  }

  @Test
  void aRequiredTextMustNotBeEmpty() {
    assertThat(schemaOf(field("t", "text", "\"required\":true"))).isEqualTo(
        json("{\"title\":\"Nhãn\",\"type\":\"string\",\"minLength\":1}"));
  }

  @Test
  void numbersHaveTheirBounds() {
    ObjectNode n = schemaOf(field("n", "number", "\"minimum\":0.5,\"maximum\":10"));
    assertThat(n.get("type").asText()).isEqualTo("number");
    assertThat(n.get("minimum").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(n.get("maximum").decimalValue()).isEqualByComparingTo("10");
    assertThat(n.size()).isEqualTo(4);
    assertThat(schemaOf(field("i", "integer", ""))).isEqualTo(json("{\"title\":\"Nhãn\",\"type\":\"integer\"}"));
  }

  @Test
  void anEmailHasItsMaximumLength() {
    ObjectNode s = schemaOf(field("e", "email", "\"maxLength\":50"));
    assertThat(s.get("format").asText()).isEqualTo("email");
    assertThat(s.get("maxLength").asInt()).isEqualTo(50);
    assertThat(schemaOf(field("e", "email", "")).has("maxLength")).isFalse();
  }

  @Test
  void aDateIsAnIsoDate() {
    assertThat(schemaOf(field("d", "date", ""))).isEqualTo(json(
        "{\"title\":\"Nhãn\",\"type\":\"string\",\"format\":\"date\",\"pattern\":\"^\\\\d{4}-\\\\d{2}-\\\\d{2}$\"}"));
  }

  @Test
  void phonePatternsFollowTheKind() {
    assertThat(schemaOf(field("p", "phone", "\"phoneKind\":\"landline\"")).get("pattern").asText())
        .isEqualTo("^(?:0|\\+84)2\\d{9}$");
    assertThat(schemaOf(field("p", "phone", "\"phoneKind\":\"mobile\"")).get("pattern").asText())
        .startsWith("^(?:0|\\+84)(?:32|33|").endsWith(")\\d{7}$");
    assertThat(schemaOf(field("p", "phone", "")).get("pattern").asText()).contains("|2\\d{9})$");
  }

  @Test
  void aTaxCodeAcceptsAPersonalNumberOnlyWhenAllowed() {
    assertThat(schemaOf(field("x", "taxCode", "")).get("pattern").asText()).doesNotContain("001|");
    assertThat(schemaOf(field("x", "taxCode", "\"allowPersonalNumber\":true")).get("pattern").asText())
        .contains("|" + JsonSchemaExporter.CITIZEN_ID_CORE + ")$");
  }

  @Test
  void aMultipleChoiceHasItsItemBoundsAndOptions() {
    String options = "\"options\":[{\"value\":\"a\",\"label\":{\"vi\":\"A vi\",\"en\":\"A en\"}}]";
    assertThat(schemaOf(field("m", "multipleChoice", options))).isEqualTo(json("{\"title\":\"Nhãn\",\"type\":\"array\","
        + "\"uniqueItems\":true,\"items\":{\"type\":\"string\",\"oneOf\":[{\"const\":\"a\",\"title\":\"A vi\"}]}}"));
    assertThat(schemaOf(field("m", "multipleChoice", "\"minItems\":1,\"maxItems\":1," + options))).isEqualTo(json(
        "{\"title\":\"Nhãn\",\"type\":\"array\",\"minItems\":1,\"maxItems\":1,"
            + "\"uniqueItems\":true,\"items\":{\"type\":\"string\",\"oneOf\":[{\"const\":\"a\",\"title\":\"A vi\"}]}}"));
  }

  @Test
  void aFileFieldNamesItsMediaTypeOnlyWhenThereIsJustOne() {
    ObjectNode one = schemaOf(field("f", "file", "\"accept\":[\"application/pdf\"],\"maxBytes\":10,\"maxFiles\":2"));
    assertThat(one).isEqualTo(json("{\"title\":\"Nhãn\",\"type\":\"array\",\"maxItems\":2,\"uniqueItems\":true,"
        + "\"items\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":255,\"contentMediaType\":\"application/pdf\"}}"));
    ObjectNode two = schemaOf(field("f", "file", "\"required\":true,\"accept\":[\"application/pdf\",\"image/png\"],"
        + "\"maxBytes\":10"));
    assertThat(two.get("minItems").asInt()).isEqualTo(1);
    assertThat(two.get("maxItems").asInt()).isEqualTo(1);
    assertThat(two.get("items").has("contentMediaType")).isFalse();
  }

  @Test
  void aGroupHasItsItemBoundsAndItsFieldsAsAnObject() {
    ObjectNode g = schemaOf(field("g", "group", "\"maxItems\":3,\"fields\":[" + field("t", "text", "\"required\":true")
        + "]"));
    assertThat(g).isEqualTo(json("{\"title\":\"Nhãn\",\"type\":\"array\",\"maxItems\":3,\"items\":{\"type\":\"object\","
        + "\"properties\":{\"t\":{\"title\":\"Nhãn\",\"type\":\"string\",\"minLength\":1}},\"required\":[\"t\"],"
        + "\"additionalProperties\":false}}"));
    assertThat(schemaOf(field("g", "group", "\"required\":true,\"fields\":[" + field("t", "text", "") + "]"))
        .get("minItems").asInt()).isEqualTo(1);
  }

  @Test
  void aFieldRequiredWhenAnotherIsFilledInMustThenBeNonEmptyForItsKind() {
    String when = "\"requiredWhen\":{\"field\":\"a\"}";
    ObjectNode schema = exporter.export(form("", field("a", "text", ""), field("t", "text", when),
        field("m", "multipleChoice", when + ",\"options\":[{\"value\":\"x\"," + LABEL + "}]"),
        field("n", "number", when)));
    assertThat(schema.get("allOf")).isEqualTo(json("["
        + "{\"if\":{\"required\":[\"a\"]},\"then\":{\"required\":[\"t\"],\"properties\":{\"t\":{\"minLength\":1}}}},"
        + "{\"if\":{\"required\":[\"a\"]},\"then\":{\"required\":[\"m\"],\"properties\":{\"m\":{\"minItems\":1}}}},"
        + "{\"if\":{\"required\":[\"a\"]},\"then\":{\"required\":[\"n\"],\"properties\":{\"n\":{}}}}]"));
    assertThat(schema.has("required")).isFalse();
  }
}
