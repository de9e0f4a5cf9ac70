package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Problem;

class FormDefinitionsTest {
  @Test
  void samplesLoadAndLinkTheirProcedures() {
    assertThat(FormDefinitions.samples()).extracting(FormDefinition::id, FormDefinition::procedureCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("birth-registration", "1.001193"),
            org.assertj.core.groups.Tuple.tuple("judicial-record-request", "2.000488"),
            org.assertj.core.groups.Tuple.tuple("household-business-registration", "2.000720"));
    FormDefinition judicial = Samples.form("judicial-record-request");
    assertThat(judicial.fields()).extracting(FieldDefinition::type).contains(FieldType.GROUP, FieldType.CITIZEN_ID,
        FieldType.FILE, FieldType.SINGLE_CHOICE, FieldType.INTEGER, FieldType.DATE, FieldType.EMAIL, FieldType.PHONE);
    assertThat(judicial.json().path("formatVersion").asInt()).isEqualTo(FormDefinitions.FORMAT_VERSION);
  }

  @Test
  void aBrokenDefinitionIsRefusedWithEveryProblemListed() {
    String broken = """
        {"formatVersion": 2, "id": "Bad Id", "procedureCode": "1001193", "title": {"vi": "T"},
         "colour": "red",
         "sections": [
          {"id": "s", "title": {"vi": "S", "en": "S"}, "fields": [
            {"id": "a", "type": "text", "label": {"vi": "A", "en": "A"}, "minLength": 5, "maxLength": 2,
             "pattern": "(unclosed"},
            {"id": "a", "type": "colour", "label": {"vi": "A", "en": "A"}},
            {"id": "n", "type": "number", "label": {"vi": "N", "en": "N"}, "minimum": 10, "maximum": 1,
             "options": []},
            {"id": "c", "type": "singleChoice", "label": {"vi": "C", "en": "C"},
             "options": [{"value": "x", "label": {"vi": "X", "en": "X"}}, {"value": "x", "label": {"vi": "X", "en": "X"}}]},
            {"id": "r", "type": "text", "label": {"vi": "R", "en": "R"}, "requiredWhen": {"field": "ghost"},
             "shownWhen": {"field": "c", "equals": "y"}},
            {"id": "id", "type": "citizenId", "label": {"vi": "I", "en": "I"}, "birthDateField": "a", "sexField": "c"},
            {"id": "f", "type": "file", "label": {"vi": "F", "en": "F"}, "accept": ["text/html"], "maxBytes": 0},
            {"id": "g", "type": "group", "label": {"vi": "G", "en": "G"}, "fields": [
              {"id": "inner", "type": "group", "label": {"vi": "I", "en": "I"}, "fields": []}]}
          ]}]}
        """;
    assertThatThrownBy(() -> FormDefinitions.parse(broken)).isInstanceOfSatisfying(
        InvalidFormDefinitionException.class, e -> assertThat(e.problems()).map(Problem::toString).containsExactlyInAnyOrder(
            "/colour: unknown property",
            "/formatVersion: must be 1",
            "/id: must be lower-case letters, digits and '-' (at most 64)",
            "/version: is missing",
            "/procedureCode: must be a national procedure code such as 1.001193",
            "/title/en: is missing",
            "/sections/0/fields/0: minLength is greater than maxLength",
            "/sections/0/fields/0/pattern: is not a valid regular expression",
            "/sections/0/fields/1/type: unknown field type 'colour'",
            "/sections/0/fields/2/options: unknown property",
            "/sections/0/fields/2: minimum is greater than maximum",
            "/sections/0/fields/3/options/1/value: duplicate option value 'x'",
            "/sections/0/fields/4/requiredWhen/field: must name another field of the same scope",
            "/sections/0/fields/4/shownWhen/equals: is not an option of 'c'",
            "/sections/0/fields/5/birthDateField: must name a date field of the same scope",
            "/sections/0/fields/5/sexField: must name a single-choice field of the same scope with the maleValue"
                + " and femaleValue options",
            "/sections/0/fields/6/accept/0: must be one of [application/pdf, image/png, image/jpeg]",
            "/sections/0/fields/6/maxBytes: must be a positive whole number of bytes",
            "/sections/0/fields/7/fields/0/type: a repeating group cannot contain another group"));
  }

  @Test
  void notJsonOrNotAnObjectIsRefused() {
    assertThatThrownBy(() -> FormDefinitions.parse("{")).isInstanceOf(InvalidFormDefinitionException.class);
    assertThatThrownBy(() -> FormDefinitions.parse("[]")).isInstanceOfSatisfying(InvalidFormDefinitionException.class,
        e -> assertThat(e.problems()).containsExactly(
            new Problem("", "NOT_AN_OBJECT", "a form definition is a JSON object")));
  }
}
