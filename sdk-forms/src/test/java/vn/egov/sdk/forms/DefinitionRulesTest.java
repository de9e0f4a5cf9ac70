package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.sdk.core.Problem;

/**
 * Each rule of the definition format, one broken at a time in an otherwise valid definition: the
 * definition is refused with exactly that one problem (its path, code and message).
 */
class DefinitionRulesTest {
  private static final String LABEL = "\"label\":{\"vi\":\"L\",\"en\":\"L\"}";

  /** A valid definition whose "sections" array is {@code sections}. */
  private static String form(String sections) {
    return "{\"formatVersion\":1,\"id\":\"f\",\"version\":\"1\",\"procedureCode\":\"1.001193\","
        + "\"title\":{\"vi\":\"T\",\"en\":\"T\"},\"sections\":" + sections + "}";
  }

  /** A valid definition with one section holding {@code fields}. */
  private static String fields(String... fields) {
    return form("[{\"id\":\"s\",\"title\":{\"vi\":\"S\",\"en\":\"S\"},\"fields\":["
        + String.join(",", fields) + "]}]");
  }

  private static String field(String id, String type, String more) {
    return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\"," + LABEL + (more.isEmpty() ? "" : "," + more) + "}";
  }

  private static String text(String more) {
    return field("t", "text", more);
  }

  private static final String CHOICE = field("c", "singleChoice",
      "\"options\":[{\"value\":\"a\"," + LABEL + "},{\"value\":\"b\"," + LABEL + "}]");

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        Arguments.of("no sections", form("[]"), "/sections", "TOO_FEW_ITEMS", "must be a non-empty array"),
        Arguments.of("sections not an array", form("{}"), "/sections", "TOO_FEW_ITEMS", "must be a non-empty array"),
        Arguments.of("a section that is not an object", form("[1]"), "/sections/0", "NOT_AN_OBJECT",
            "a section is an object"),
        Arguments.of("an unknown key of a section",
            form("[{\"id\":\"s\",\"x\":1,\"title\":{\"vi\":\"S\",\"en\":\"S\"},\"fields\":[" + text("") + "]}]"),
            "/sections/0/x", "UNKNOWN_PROPERTY", "unknown property"),
        Arguments.of("a section id starting with a digit",
            form("[{\"id\":\"1s\",\"title\":{\"vi\":\"S\",\"en\":\"S\"},\"fields\":[" + text("") + "]}]"),
            "/sections/0/id", "INVALID_ID", "must start with a letter and hold letters, digits or '_' (at most 64)"),
        Arguments.of("two sections with one id",
            form("[{\"id\":\"s\",\"title\":{\"vi\":\"S\",\"en\":\"S\"},\"fields\":[" + text("") + "]},"
                + "{\"id\":\"s\",\"title\":{\"vi\":\"S\",\"en\":\"S\"},\"fields\":[" + field("u", "text", "") + "]}]"),
            "/sections/1/id", "DUPLICATE", "duplicate section id 's'"),
        Arguments.of("one field id in two sections",
            form("[{\"id\":\"s\",\"title\":{\"vi\":\"S\",\"en\":\"S\"},\"fields\":[" + text("") + "]},"
                + "{\"id\":\"u\",\"title\":{\"vi\":\"S\",\"en\":\"S\"},\"fields\":[" + text("") + "]}]"),
            "/sections/1/fields/0/id", "DUPLICATE", "duplicate field id 't'"),
        Arguments.of("a section without fields",
            form("[{\"id\":\"s\",\"title\":{\"vi\":\"S\",\"en\":\"S\"},\"fields\":[]}]"),
            "/sections/0/fields", "TOO_FEW_ITEMS", "must be a non-empty array"),
        Arguments.of("a field that is not an object", fields("\"t\""), "/sections/0/fields/0", "NOT_AN_OBJECT",
            "a field is an object"),
        Arguments.of("a field id with a dash", fields(field("a-b", "text", "")), "/sections/0/fields/0/id",
            "INVALID_ID", "must start with a letter and hold letters, digits or '_' (at most 64)"),
        Arguments.of("an empty field id", fields(field("", "text", "")), "/sections/0/fields/0/id",
            "TYPE_MISMATCH", "must be a non-empty string"),
        Arguments.of("a label that is not an object", fields("{\"id\":\"t\",\"type\":\"text\",\"label\":\"L\"}"),
            "/sections/0/fields/0/label", "NOT_AN_OBJECT", "must be an object {\"vi\":…, \"en\":…}"),
        Arguments.of("a label in a third language",
            fields("{\"id\":\"t\",\"type\":\"text\",\"label\":{\"vi\":\"L\",\"en\":\"L\",\"fr\":\"L\"}}"),
            "/sections/0/fields/0/label/fr", "UNKNOWN_PROPERTY", "unknown property"),
        Arguments.of("a field without label", fields("{\"id\":\"t\",\"type\":\"text\"}"),
            "/sections/0/fields/0/label", "REQUIRED", "is missing"),
        Arguments.of("required that is not a boolean", fields(text("\"required\":\"yes\"")),
            "/sections/0/fields/0/required", "TYPE_MISMATCH", "must be true or false"),
        Arguments.of("a negative length", fields(text("\"minLength\":-1")), "/sections/0/fields/0/minLength",
            "TYPE_MISMATCH", "must be a whole number ≥ 0"),
        Arguments.of("a length in a string", fields(text("\"maxLength\":\"5\"")), "/sections/0/fields/0/maxLength",
            "TYPE_MISMATCH", "must be a whole number ≥ 0"),
        Arguments.of("a fractional length", fields(text("\"maxLength\":2.5")), "/sections/0/fields/0/maxLength",
            "TYPE_MISMATCH", "must be a whole number ≥ 0"),
        Arguments.of("a minimum that is not a number", fields(field("n", "number", "\"minimum\":\"1\"")),
            "/sections/0/fields/0/minimum", "TYPE_MISMATCH", "must be a number"),
        Arguments.of("a condition that is not an object", fields(CHOICE, text("\"shownWhen\":\"c\"")),
            "/sections/0/fields/1/shownWhen", "NOT_AN_OBJECT", "must be an object {\"field\":…, \"equals\"?:…}"),
        Arguments.of("an unknown key of a condition",
            fields(CHOICE, text("\"requiredWhen\":{\"field\":\"c\",\"is\":\"a\"}")),
            "/sections/0/fields/1/requiredWhen/is", "UNKNOWN_PROPERTY", "unknown property"),
        Arguments.of("a condition on the field itself", fields(text("\"shownWhen\":{\"field\":\"t\"}")),
            "/sections/0/fields/0/shownWhen/field", "UNKNOWN_REFERENCE", "must name another field of the same scope"),
        Arguments.of("a comparison with a number field",
            fields(field("n", "number", ""), text("\"shownWhen\":{\"field\":\"n\",\"equals\":\"1\"}")),
            "/sections/0/fields/1/shownWhen/equals", "NOT_COMPARABLE",
            "only fields with a single text value can be compared"),
        Arguments.of("a choice without options", fields(field("c", "singleChoice", "")),
            "/sections/0/fields/0/options", "TOO_FEW_ITEMS", "must be a non-empty array"),
        Arguments.of("a choice with no option", fields(field("c", "multipleChoice", "\"options\":[]")),
            "/sections/0/fields/0/options", "TOO_FEW_ITEMS", "must be a non-empty array"),
        Arguments.of("an option that is not an object", fields(field("c", "singleChoice", "\"options\":[\"a\"]")),
            "/sections/0/fields/0/options/0", "NOT_AN_OBJECT", "an option is an object {\"value\",\"label\"}"),
        Arguments.of("an unknown key of an option",
            fields(field("c", "singleChoice", "\"options\":[{\"value\":\"a\",\"x\":1," + LABEL + "}]")),
            "/sections/0/fields/0/options/0/x", "UNKNOWN_PROPERTY", "unknown property"),
        Arguments.of("both options and optionsFrom",
            fields(field("c", "singleChoice", "\"optionsFrom\":\"provinces\",\"options\":[]")),
            "/sections/0/fields/0/options", "CONFLICTING_KEYS", "give options or optionsFrom, not both"),
        Arguments.of("an unknown phone kind", fields(field("p", "phone", "\"phoneKind\":\"fax\"")),
            "/sections/0/fields/0/phoneKind", "NOT_AN_OPTION", "must be mobile, landline or any"),
        Arguments.of("a file field without accepted types", fields(field("f", "file", "\"maxBytes\":10")),
            "/sections/0/fields/0/accept", "TOO_FEW_ITEMS", "must be a non-empty array of media types"),
        Arguments.of("a file field for no file",
            fields(field("f", "file", "\"accept\":[\"application/pdf\"],\"maxBytes\":10,\"maxFiles\":0")),
            "/sections/0/fields/0/maxFiles", "NOT_POSITIVE", "must be at least 1"),
        Arguments.of("a file size in a string",
            fields(field("f", "file", "\"accept\":[\"application/pdf\"],\"maxBytes\":\"10\"")),
            "/sections/0/fields/0/maxBytes", "NOT_POSITIVE", "must be a positive whole number of bytes"),
        Arguments.of("a file field inside a group",
            fields(field("g", "group", "\"fields\":[" + field("f", "file", "\"accept\":[\"application/pdf\"],\"maxBytes\":10") + "]")),
            "/sections/0/fields/0/fields/0/type", "NESTING_NOT_ALLOWED",
            "file fields are not allowed inside a repeating group"),
        Arguments.of("a group whose least number of items is above its most",
            fields(field("g", "group", "\"minItems\":3,\"maxItems\":2,\"fields\":[" + text("") + "]")),
            "/sections/0/fields/0", "RANGE_INVERTED", "minItems is greater than maxItems"),
        Arguments.of("one field id twice inside a group",
            fields(field("g", "group", "\"fields\":[" + text("") + "," + text("") + "]")),
            "/sections/0/fields/0/fields/1/id", "DUPLICATE", "duplicate field id 't'"),
        Arguments.of("a group without fields", fields(field("g", "group", "")),
            "/sections/0/fields/0/fields", "TOO_FEW_ITEMS", "must be a non-empty array"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void eachBrokenRuleIsReportedAtItsPlace(String what, String json, String path, String code, String message) {
    assertThatThrownBy(() -> FormDefinitions.parse(json)).isInstanceOfSatisfying(InvalidFormDefinitionException.class,
        e -> assertThat(e.problems()).containsExactly(new Problem(path, code, message)));
  }

  @Test
  void valuesAtTheEdgesOfTheRulesAreAccepted() {
    FormDefinition form = FormDefinitions.parse(fields(
        field("t", "text", "\"minLength\":0,\"maxLength\":0"),
        field("n", "number", "\"minimum\":5,\"maximum\":5"),
        field("m", "multipleChoice", "\"minItems\":2,\"maxItems\":2,\"options\":[{\"value\":\"a\"," + LABEL
            + "},{\"value\":\"b\"," + LABEL + "}]"),
        field("f", "file", "\"accept\":[\"application/pdf\"],\"maxBytes\":1,\"maxFiles\":1"),
        field("g", "group", "\"minItems\":1,\"maxItems\":1,\"fields\":[" + text("") + "]")));
    assertThat(form.fields()).extracting(FieldDefinition::id).containsExactly("t", "n", "m", "f", "g");
    assertThat(form.fields().get(0).maxLength()).hasValue(0);
    assertThat(form.fields().get(3).files()).hasValueSatisfying(r -> {
      assertThat(r.maxBytes()).isEqualTo(1);
      assertThat(r.maxFiles()).isEqualTo(1);
    });
    assertThat(form.fields().get(4).fields()).extracting(FieldDefinition::id).containsExactly("t");
  }

  @Test
  void phoneKindsAreRead() {
    FormDefinition form = FormDefinitions.parse(fields(field("a", "phone", "\"phoneKind\":\"mobile\""),
        field("b", "phone", "\"phoneKind\":\"landline\""), field("c", "phone", "\"phoneKind\":\"any\""),
        field("d", "phone", "")));
    assertThat(form.fields()).extracting(FieldDefinition::phoneKind)
        .containsExactly(PhoneKind.MOBILE, PhoneKind.LANDLINE, PhoneKind.ANY, PhoneKind.ANY);
  }

  @Test
  void aCitizenIdLinksToABirthDateOrASexFieldOrBoth() {
    String sex = field("sex", "singleChoice", "\"options\":[{\"value\":\"male\"," + LABEL + "},{\"value\":\"female\","
        + LABEL + "}]");
    String birth = field("born", "date", "");
    FormDefinition form = FormDefinitions.parse(fields(sex, birth,
        field("a", "citizenId", "\"sexField\":\"sex\""),
        field("b", "citizenId", "\"birthDateField\":\"born\""),
        field("c", "citizenId", "")));
    assertThat(form.fields().get(2).citizenIdLinks()).hasValueSatisfying(l -> {
      assertThat(l.sexField()).contains("sex");
      assertThat(l.birthDateField()).isEmpty();
      assertThat(l.maleValue()).isEqualTo("male");
      assertThat(l.femaleValue()).isEqualTo("female");
    });
    assertThat(form.fields().get(3).citizenIdLinks()).hasValueSatisfying(l -> {
      assertThat(l.birthDateField()).contains("born");
      assertThat(l.sexField()).isEmpty();
    });
    assertThat(form.fields().get(4).citizenIdLinks()).isEmpty();
  }
}
