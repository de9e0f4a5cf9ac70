package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.Problem;
import vn.egov.sdk.core.units.AdministrativeUnits;
import vn.egov.sdk.core.units.Province;

/**
 * Issue 11.7: a form offers and checks a province from sdk-core's administrative units
 * ({@code "optionsFrom": "provinces"}): validation, JSON Schema and HTML all follow the 34 units of
 * Resolution 202/2025/QH15 with the codes of Decision 19/2025/QĐ-TTg.
 */
class ProvinceFieldTest {
  private static final String FORM = """
      {"formatVersion": 1, "id": "province-test", "version": "1", "procedureCode": "2.000488",
       "title": {"vi": "Thử", "en": "Test"},
       "sections": [{"id": "s", "title": {"vi": "S", "en": "S"}, "fields": [
         {"id": "province", "type": "singleChoice", "required": true, "optionsFrom": "provinces",
          "label": {"vi": "Tỉnh, thành phố", "en": "Province or city"}},
         {"id": "birthProvince", "type": "singleChoice", "optionsFrom": "provinces@2000-01-01",
          "label": {"vi": "Tỉnh nơi đăng ký khai sinh", "en": "Province of birth registration"}}
       ]}]}
      """;
  private final FormDefinition form = FormDefinitions.parse(FORM);
  private final FormValidator validator = new FormValidator();

  private ValidationReport validate(String province, String birthProvince) {
    ObjectNode data = vn.egov.sdk.forms.internal.JsonSupport.mapper().createObjectNode();
    if (province != null) {
      data.put("province", province);
    }
    if (birthProvince != null) {
      data.put("birthProvince", birthProvince);
    }
    return validator.validate(form, data);
  }

  @Test
  void optionsAreTheThirtyFourUnitsByCode() {
    FieldDefinition f = form.fields().get(0);
    List<Province> now = AdministrativeUnits.vietnam().provinces();
    assertThat(f.options()).hasSize(34);
    assertThat(f.options()).extracting(ChoiceOption::value).containsExactlyElementsOf(
        now.stream().map(Province::code).toList());
    assertThat(f.option("38").orElseThrow().label().vi()).isEqualTo("Tỉnh Thanh Hóa");
    assertThat(f.option("01").orElseThrow().label().en()).isEqualTo("Hà Nội City");
    assertThat(form.fields().get(1).options()).hasSize(63);
  }

  @Test
  void validationAcceptsOnlyTheUnitsInForce() {
    assertThat(validate("82", null).valid()).isTrue();  // Đồng Tháp (Tiền Giang + Đồng Tháp)
    assertThat(validate("24", null).valid()).isTrue();  // Bắc Ninh since 1 July 2025
    // the earlier codes of units merged away are not provinces any more
    for (String gone : new String[] {"87", "27", "02", "77", "93"}) {
      assertThat(validate(gone, null).problems()).extracting(Problem::path, Problem::code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("/province", "NOT_AN_OPTION"));
    }
    assertThat(validate("38", "87").valid()).isTrue();  // a birth registered in Đồng Tháp (87) in 2000
    assertThat(validate("38", "24").valid()).isTrue();  // Bắc Giang was 24 then
    assertThat(validate("38", "91").valid()).isTrue();  // Kiên Giang
    assertThat(validate("38", "03").problems()).extracting(Problem::path).containsExactly("/birthProvince");
    assertThat(validate(null, null).problems()).extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/province", "REQUIRED"));
    assertThat(validate(null, null).problems(Language.VI).get(0).message()).isNotBlank();
  }

  @Test
  void theJsonSchemaListsTheUnits() {
    JsonNode schema = new JsonSchemaExporter().export(form);
    JsonNode province = schema.at("/properties/province");
    assertThat(province.path("oneOf")).hasSize(34);
    assertThat(province.path("oneOf").get(0).path("const").asText()).isEqualTo("01");
    assertThat(province.path("oneOf").get(0).path("title").asText()).isEqualTo("Thành phố Hà Nội");
    assertThat(schema.path("required")).extracting(JsonNode::asText).contains("province");
  }

  @Test
  void htmlOffersOneSelect() {
    String html = new FormHtmlRenderer().render(form, Language.VI, RenderMode.SUBMITTABLE, "/submit", "k1");
    assertThat(html).contains("<select id=\"f-province\" name=\"province\" required>");
    assertThat(html).contains("<option value=\"\">— Chọn —</option>");
    assertThat(html).contains("<option value=\"38\">Tỉnh Thanh Hóa</option>");
    assertThat(html.split("<option value=\"", -1).length - 1).isEqualTo(1 + 34 + 1 + 63);
    assertThat(html).doesNotContain("type=\"radio\" id=\"f-province");
    String en = new FormHtmlRenderer().render(form, Language.EN, RenderMode.SUBMITTABLE, "/submit", "k1");
    assertThat(en).contains("<option value=\"79\">Hồ Chí Minh City</option>");
    String printable = new FormHtmlRenderer().render(form, Language.VI, RenderMode.PRINTABLE, "/submit", "k1");
    assertThat(printable).doesNotContain("<select").contains("<span class=\"blank\" id=\"f-province\">");
  }

  @Test
  void aBadSourceIsADefinitionProblem() {
    for (String source : new String[] {"\"communes\"", "\"provinces@2025-13-01\"", "42", "\"provinces@1800-01-01x\""}) {
      String broken = FORM.replace("\"optionsFrom\": \"provinces\",", "\"optionsFrom\": " + source + ",");
      assertThatThrownBy(() -> FormDefinitions.parse(broken)).as(source)
          .isInstanceOfSatisfying(InvalidFormDefinitionException.class,
              e -> assertThat(e.problems()).anyMatch(p -> p.path().contains("optionsFrom")));
    }
    String both = FORM.replace("\"optionsFrom\": \"provinces\",",
        "\"optionsFrom\": \"provinces\", \"options\": [{\"value\": \"x\", \"label\": {\"vi\": \"X\", \"en\": \"X\"}}],");
    assertThatThrownBy(() -> FormDefinitions.parse(both)).isInstanceOfSatisfying(
        InvalidFormDefinitionException.class,
        e -> assertThat(e.problems()).anyMatch(p -> p.message().contains("give options or optionsFrom, not both")));
  }

  @Test
  void theSampleJudicialRecordFormAsksForTheProvinceOfResidence() {
    FieldDefinition f = Samples.form("judicial-record-request").fields().stream()
        .filter(x -> x.id().equals("residenceProvince")).findFirst().orElseThrow();
    assertThat(f.required()).isFalse();
    assertThat(f.options()).hasSize(34);
    ObjectNode data = Samples.data("judicial-record-request");
    assertThat(validator.validate(Samples.form("judicial-record-request"), data).valid()).isTrue();
    data.put("residenceProvince", "87");
    assertThat(validator.validate(Samples.form("judicial-record-request"), data).problems())
        .extracting(Problem::path).containsExactly("/residenceProvince");
    data.put("residenceProvince", "82");
    assertThat(validator.validate(Samples.form("judicial-record-request"), data).valid()).isTrue();
  }
}
