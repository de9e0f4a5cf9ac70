package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Problem;
import vn.egov.sdk.forms.internal.JsonSupport;

/** The limits of the validation rules, on both sides, and each bad value reported once. */
class ValidationBoundariesTest {
  private static final String LABEL = "\"label\":{\"vi\":\"L\",\"en\":\"L\"}";
  private final FormValidator validator = new FormValidator();

  private static FormDefinition form(String... fields) {
    return FormDefinitions.parse("{\"formatVersion\":1,\"id\":\"f\",\"version\":\"1\",\"procedureCode\":\"1.001193\","
        + "\"title\":{\"vi\":\"T\",\"en\":\"T\"},\"sections\":[{\"id\":\"s\",\"title\":{\"vi\":\"S\",\"en\":\"S\"},"
        + "\"fields\":[" + String.join(",", fields) + "]}]}");
  }

  private static String field(String id, String type, String more) {
    return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\"," + LABEL + (more.isEmpty() ? "" : "," + more) + "}";
  }

  private static ObjectNode data(String json) {
    try {
      return (ObjectNode) JsonSupport.mapper().readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private List<Problem> problems(FormDefinition form, JsonNode data) {
    return validator.validate(form, data).problems();
  }

  @Test
  void aTextOfExactlyTheMaximumLengthInCodePointsPassesAndOneMoreIsTooLong() {
    FormDefinition form = form(field("t", "text", "\"maxLength\":3"), field("e", "email", "\"maxLength\":8"));
    assertThat(problems(form, data("{\"t\":\"Ấ𝄞a\",\"e\":\"a@b.com\"}"))).isEmpty();
    assertThat(problems(form, data("{\"t\":\"abcd\"}"))).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("/t", "TOO_LONG"));
  }

  @Test
  void anEmailLongerThanItsMaximumIsTooLong() {
    FormDefinition form = form(field("e", "email", "\"maxLength\":8"));
    assertThat(problems(form, data("{\"e\":\"abc@d.vn\"}"))).isEmpty();
    assertThat(problems(form, data("{\"e\":\"abcd@e.vn\"}"))).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("/e", "TOO_LONG"));
  }

  @Test
  void aTextOfExactlyTheMinimumLengthPasses() {
    FormDefinition form = form(field("t", "text", "\"minLength\":2"));
    assertThat(problems(form, data("{\"t\":\"ab\"}"))).isEmpty();
    assertThat(problems(form, data("{\"t\":\"a\"}"))).extracting(Problem::code).containsExactly("TOO_SHORT");
  }

  @Test
  void numbersAtTheirBoundsPassAndNonFiniteOrNonNumbersAreTypeMismatches() {
    FormDefinition form = form(field("n", "number", "\"minimum\":1.5,\"maximum\":2.5"));
    ObjectNode d = data("{}");
    d.put("n", 1.5);
    assertThat(problems(form, d)).isEmpty();
    d.put("n", 2.5);
    assertThat(problems(form, d)).isEmpty();
    d.set("n", DecimalNode.valueOf(new BigDecimal("2.0")));
    assertThat(problems(form, d)).isEmpty();
    d.set("n", DoubleNode.valueOf(Double.NaN));
    assertThat(problems(form, d)).extracting(Problem::path, Problem::code).containsExactly(tuple("/n", "TYPE_MISMATCH"));
    d.set("n", DoubleNode.valueOf(Double.POSITIVE_INFINITY));
    assertThat(problems(form, d)).extracting(Problem::code).containsExactly("TYPE_MISMATCH");
    d.put("n", "2");
    assertThat(problems(form, d)).extracting(Problem::code).containsExactly("TYPE_MISMATCH");
    d.put("n", 1.4);
    assertThat(problems(form, d)).extracting(Problem::code).containsExactly("BELOW_MINIMUM");
    d.put("n", 2.6);
    assertThat(problems(form, d)).extracting(Problem::code).containsExactly("ABOVE_MAXIMUM");
  }

  @Test
  void anIntegerFieldTakesWholeNumbersWrittenWithAZeroFraction() {
    FormDefinition form = form(field("i", "integer", ""));
    assertThat(problems(form, data("{\"i\":3.0}"))).isEmpty();
    assertThat(problems(form, data("{\"i\":3}"))).isEmpty();
    assertThat(problems(form, data("{\"i\":0.0}"))).isEmpty();
    assertThat(problems(form, data("{\"i\":3.1}"))).extracting(Problem::code).containsExactly("TYPE_MISMATCH");
  }

  @Test
  void aNonStringValueIsOneTypeMismatchAndNothingElse() {
    FormDefinition form = form(field("d", "date", ""), field("e", "email", ""), field("p", "phone", ""),
        field("c", "citizenId", ""));
    assertThat(problems(form, data("{\"d\":20261127,\"e\":1,\"p\":912345678,\"c\":87084000999}")))
        .extracting(Problem::path, Problem::code).containsExactly(tuple("/d", "TYPE_MISMATCH"),
            tuple("/e", "TYPE_MISMATCH"), tuple("/p", "TYPE_MISMATCH"), tuple("/c", "TYPE_MISMATCH"));
  }

  @Test
  void aGroupOrChoiceGivenAnObjectIsOneTypeMismatch() {
    FormDefinition form = form(field("g", "group", "\"fields\":[" + field("t", "text", "") + "]"),
        field("m", "multipleChoice", "\"options\":[{\"value\":\"a\"," + LABEL + "}]"));
    assertThat(problems(form, data("{\"g\":{\"t\":\"x\"},\"m\":{\"a\":\"a\"}}")))
        .extracting(Problem::path, Problem::code).containsExactly(tuple("/g", "TYPE_MISMATCH"),
            tuple("/m", "TYPE_MISMATCH"));
  }

  @Test
  void exactlyTheMostItemsPassAndOneMoreIsTooMany() {
    FormDefinition form = form(field("m", "multipleChoice", "\"maxItems\":2,\"options\":[{\"value\":\"a\"," + LABEL
        + "},{\"value\":\"b\"," + LABEL + "},{\"value\":\"c\"," + LABEL + "}]"));
    assertThat(problems(form, data("{\"m\":[\"a\",\"b\"]}"))).isEmpty();
    assertThat(problems(form, data("{\"m\":[\"a\",\"b\",\"c\"]}"))).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("/m", "TOO_MANY_ITEMS"));
  }

  @Test
  void aFieldShownOnlyWhenAnotherIsFilledInDoesNotApplyWhileThatOneIsMissing() {
    FormDefinition form = form(field("a", "text", ""), field("b", "text", "\"shownWhen\":{\"field\":\"a\"}"),
        field("c", "text", "\"requiredWhen\":{\"field\":\"a\"}"));
    assertThat(problems(form, data("{\"b\":\"x\"}"))).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("/b", "NOT_APPLICABLE"));
    assertThat(problems(form, data("{}"))).isEmpty();
    assertThat(problems(form, data("{\"a\":\"y\",\"b\":\"x\"}"))).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("/c", "REQUIRED"));
  }

  @Test
  void aConditionWithAValueHoldsOnlyForThatText() {
    FormDefinition form = form(field("a", "text", ""),
        field("b", "text", "\"requiredWhen\":{\"field\":\"a\",\"equals\":\"1\"}"));
    assertThat(problems(form, data("{\"a\":\"2\"}"))).isEmpty();
    assertThat(problems(form, data("{\"a\":1}"))).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("/a", "TYPE_MISMATCH"));
    assertThat(problems(form, data("{\"a\":\"1\"}"))).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("/b", "REQUIRED"));
  }

  private static final String SEX = field("sex", "singleChoice", "\"options\":[{\"value\":\"M\"," + LABEL
      + "},{\"value\":\"F\"," + LABEL + "},{\"value\":\"X\"," + LABEL + "}]");

  @Test
  void theSexInAPersonalNumberMustAgreeWithTheSexFieldEitherWay() {
    FormDefinition form = form(SEX, field("id", "citizenId", "\"sexField\":\"sex\",\"maleValue\":\"M\",\"femaleValue\":\"F\""));
    String male = "001084000001"; // digit 4 = 0: a man born in the 20th century
    String female = "001184000001";
    assertThat(problems(form, data("{\"sex\":\"M\",\"id\":\"" + male + "\"}"))).isEmpty();
    assertThat(problems(form, data("{\"sex\":\"F\",\"id\":\"" + female + "\"}"))).isEmpty();
    assertThat(problems(form, data("{\"sex\":\"F\",\"id\":\"" + male + "\"}"))).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("/id", "CITIZEN_ID_SEX_MISMATCH"));
    assertThat(problems(form, data("{\"sex\":\"M\",\"id\":\"" + female + "\"}"))).extracting(Problem::code)
        .containsExactly("CITIZEN_ID_SEX_MISMATCH");
    assertThat(problems(form, data("{\"sex\":\"X\",\"id\":\"" + male + "\"}"))).isEmpty();
    assertThat(problems(form, data("{\"sex\":\"X\",\"id\":\"" + female + "\"}"))).isEmpty();
  }

  private static final String FILE = field("f", "file", "\"accept\":[\"application/pdf\"],\"maxBytes\":"
      + Samples.PDF.length + ",\"maxFiles\":3");

  @Test
  void anAttachmentOfExactlyTheMostBytesPassesAndOneMoreIsTooLarge() {
    FormDefinition form = form(FILE);
    byte[] larger = java.util.Arrays.copyOf(Samples.PDF, Samples.PDF.length + 1);
    ObjectNode d = data("{\"f\":[\"a.pdf\",\"b.pdf\"]}");
    List<Problem> problems = validator.validate(form, d, List.of(
        new Attachment("f", "a.pdf", "application/pdf", Samples.PDF),
        new Attachment("f", "b.pdf", "application/pdf", larger))).problems();
    assertThat(problems).extracting(Problem::path, Problem::code).containsExactly(tuple("/f/1", "ATTACHMENT_TOO_LARGE"));
  }

  @Test
  void eachListedFileIsMatchedToTheAttachmentOfItsOwnNameAndField() {
    FormDefinition form = form(FILE, field("g", "file", "\"accept\":[\"application/pdf\",\"image/png\"],\"maxBytes\":100"));
    ObjectNode d = data("{\"f\":[\"a.pdf\"],\"g\":[\"a.pdf\"]}");
    List<Problem> problems = validator.validate(form, d, List.of(
        new Attachment("g", "a.pdf", "image/png", Samples.PNG),
        new Attachment("f", "a.pdf", "application/pdf", Samples.PDF))).problems();
    assertThat(problems).isEmpty();
    problems = validator.validate(form, d, List.of(new Attachment("g", "a.pdf", "image/png", Samples.PNG))).problems();
    assertThat(problems).extracting(Problem::path, Problem::code).containsExactly(tuple("/f/0", "ATTACHMENT_MISSING"));
  }

  @Test
  void anAttachmentWhoseNameIsNotListedUnderItsFieldIsUnexpected() {
    FormDefinition form = form(FILE);
    ObjectNode d = data("{\"f\":[\"a.pdf\", 7]}");
    List<Problem> problems = validator.validate(form, d, List.of(
        new Attachment("f", "a.pdf", "application/pdf", Samples.PDF),
        new Attachment("f", "7", "application/pdf", Samples.PDF))).problems();
    assertThat(problems).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("/f/1", "TYPE_MISMATCH"), tuple("/f", "ATTACHMENT_UNEXPECTED"));
  }

  @Test
  void aFileNameOfExactly255CharactersPassesAnd256IsRefused() {
    FormDefinition form = form(FILE);
    String longest = "a".repeat(251) + ".pdf";
    assertThat(problems(form, data("{\"f\":[\"" + longest + "\"]}"))).isEmpty();
    assertThat(problems(form, data("{\"f\":[\"a" + longest + "\"]}"))).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("/f/0", "INVALID_FILE_NAME"));
  }
}
