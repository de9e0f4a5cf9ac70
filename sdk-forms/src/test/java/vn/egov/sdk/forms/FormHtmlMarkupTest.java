package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.Problem;

/**
 * The markup of each kind of field: label, required mark, help, condition hint, error and the
 * attributes the browser checks, written out in full, so that nothing the renderer promises goes
 * missing unnoticed.
 */
class FormHtmlMarkupTest {
  private final FormHtmlRenderer renderer = new FormHtmlRenderer();

  private static String label(String vi) {
    return "\"label\":{\"vi\":\"" + vi + "\",\"en\":\"" + vi + " (en)\"}";
  }

  private static String options(int n) {
    StringBuilder s = new StringBuilder("\"options\":[");
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"value\":\"o").append(i).append("\",").append(label("O" + i)).append('}');
    }
    return s.append(']').toString();
  }

  private static FormDefinition form(String description, String... fields) {
    return FormDefinitions.parse("{\"formatVersion\":1,\"id\":\"f\",\"version\":\"1\",\"procedureCode\":\"1.001193\","
        + "\"title\":{\"vi\":\"Tờ khai\",\"en\":\"Declaration\"}," + description
        + "\"sections\":[{\"id\":\"s\",\"title\":{\"vi\":\"S\",\"en\":\"S\"},\"fields\":[" + String.join(",", fields) + "]}]}");
  }

  private static final String NAME = "{\"id\":\"name\",\"type\":\"text\"," + label("Tên") + ",\"required\":true,"
      + "\"help\":{\"vi\":\"Gợi ý\",\"en\":\"Hint\"},\"maxLength\":5}";
  private static final String KIND = "{\"id\":\"kind\",\"type\":\"singleChoice\"," + label("Loại") + ",\"required\":true,"
      + "\"help\":{\"vi\":\"HK\",\"en\":\"HK\"},\"options\":[{\"value\":\"a\"," + label("A") + "},{\"value\":\"b\","
      + label("B") + "}]}";
  private static final String NOTE = "{\"id\":\"note\",\"type\":\"text\"," + label("Ghi chú") + "}";

  private String submittable(FormDefinition form, List<Problem> problems) {
    return renderer.render(form, Language.VI, RenderMode.SUBMITTABLE, "/nop", "k",
        com.fasterxml.jackson.databind.node.MissingNode.getInstance(), problems);
  }

  @Test
  void theFormCarriesItsIdKeyAndDescription() {
    String html = submittable(form("\"description\":{\"vi\":\"Mô tả\",\"en\":\"About\"},", NOTE), List.of());
    assertThat(html).contains("<input type=\"hidden\" name=\"formId\" value=\"f\">\n",
        "<input type=\"hidden\" name=\"idempotencyKey\" value=\"k\">\n", "<p class=\"form-description\">Mô tả</p>\n",
        "<div class=\"error-summary\" id=\"error-summary\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\" hidden>");
    assertThat(submittable(form("", NOTE), List.of())).doesNotContain("form-description");
  }

  @Test
  void aRequiredTextHasItsMarkHelpAndLimits() {
    String html = submittable(form("", NAME, NOTE), List.of());
    assertThat(html).contains("<div class=\"form-field\" data-field=\"name\" data-type=\"text\" data-required=\"true\">\n"
        + "<label for=\"f-name\">Tên <span class=\"required\" aria-hidden=\"true\">*</span></label>\n"
        + "<p class=\"help\" id=\"f-name-help\">Gợi ý</p>\n"
        + "<input id=\"f-name\" name=\"name\" type=\"text\" maxlength=\"5\" required aria-required=\"true\""
        + " aria-describedby=\"f-name-help\">\n</div>\n");
    assertThat(html).contains("<div class=\"form-field\" data-field=\"note\" data-type=\"text\">\n"
        + "<label for=\"f-note\">Ghi chú</label>\n<input id=\"f-note\" name=\"note\" type=\"text\">\n</div>\n");
  }

  @Test
  void aWrongFieldShowsItsMessageAndIsDescribedByItFirst() {
    String html = submittable(form("", NAME, KIND), List.of(new Problem("/name", "TOO_LONG", "Quá dài."),
        new Problem("/kind", "REQUIRED", "Bắt buộc.")));
    assertThat(html).contains("<p class=\"field-error\" id=\"f-name-error\"><span class=\"visually-hidden\">Lỗi: </span>"
        + "Quá dài.</p>\n<input id=\"f-name\" name=\"name\" type=\"text\" maxlength=\"5\" required aria-required=\"true\""
        + " aria-invalid=\"true\" aria-describedby=\"f-name-error f-name-help\">");
    assertThat(html).contains("<p class=\"help\" id=\"f-kind-help\">HK</p>\n"
        + "<p class=\"field-error\" id=\"f-kind-error\"><span class=\"visually-hidden\">Lỗi: </span>Bắt buộc.</p>\n"
        + "<div class=\"choice\"><input type=\"radio\" id=\"f-kind-0\" name=\"kind\" value=\"a\" required"
        + " aria-invalid=\"true\" aria-describedby=\"f-kind-error f-kind-help\"><label for=\"f-kind-0\">A</label></div>\n"
        + "<div class=\"choice\"><input type=\"radio\" id=\"f-kind-1\" name=\"kind\" value=\"b\" aria-invalid=\"true\">"
        + "<label for=\"f-kind-1\">B</label></div>\n");
  }

  @Test
  void aRequiredSingleChoiceIsRequiredOnItsFirstRadioOnly() {
    String html = submittable(form("", KIND), List.of());
    assertThat(html).contains("<div class=\"form-field\" data-field=\"kind\" data-type=\"singleChoice\" data-required=\"true\">\n"
        + "<fieldset><legend id=\"f-kind-label\">Loại <span class=\"required\" aria-hidden=\"true\">*</span></legend>\n"
        + "<p class=\"help\" id=\"f-kind-help\">HK</p>\n"
        + "<div class=\"choice\"><input type=\"radio\" id=\"f-kind-0\" name=\"kind\" value=\"a\" required"
        + " aria-describedby=\"f-kind-help\"><label for=\"f-kind-0\">A</label></div>\n"
        + "<div class=\"choice\"><input type=\"radio\" id=\"f-kind-1\" name=\"kind\" value=\"b\"><label for=\"f-kind-1\">B"
        + "</label></div>\n</fieldset>\n</div>\n");
  }

  @Test
  void checkboxesOptionalRadiosAndConditionalRadiosAreNotRequiredByTheBrowser() {
    String html = submittable(form("", KIND,
        "{\"id\":\"many\",\"type\":\"multipleChoice\"," + label("Nhiều") + ",\"required\":true," + options(2) + "}",
        "{\"id\":\"opt\",\"type\":\"singleChoice\"," + label("Tùy") + "," + options(2) + "}",
        "{\"id\":\"cond\",\"type\":\"singleChoice\"," + label("Khi") + ",\"required\":true,\"shownWhen\":{\"field\":\"kind\"},"
            + options(2) + "}"), List.of());
    assertThat(html).contains("<input type=\"checkbox\" id=\"f-many-0\" name=\"many\" value=\"o0\"><label",
        "<input type=\"radio\" id=\"f-opt-0\" name=\"opt\" value=\"o0\"><label",
        "<input type=\"radio\" id=\"f-cond-0\" name=\"cond\" value=\"o0\" aria-describedby=\"f-cond-when\"><label");
  }

  @Test
  void upToTenOptionsAreRadiosAndMoreAreOneSelect() {
    FormDefinition form = form("", "{\"id\":\"ten\",\"type\":\"singleChoice\"," + label("Mười") + "," + options(10) + "}",
        "{\"id\":\"eleven\",\"type\":\"singleChoice\"," + label("Mười một") + ",\"required\":true,"
            + "\"help\":{\"vi\":\"H\",\"en\":\"H\"}," + options(11) + "}");
    String html = submittable(form, List.of(new Problem("/eleven", "REQUIRED", "Bắt buộc.")));
    assertThat(html).contains("id=\"f-ten-9\"").doesNotContain("<select id=\"f-ten\"");
    assertThat(html).contains("<div class=\"form-field form-field--error\" data-field=\"eleven\" data-type=\"singleChoice\""
        + " data-required=\"true\">\n<label for=\"f-eleven\">Mười một <span class=\"required\" aria-hidden=\"true\">*</span>"
        + "</label>\n<p class=\"help\" id=\"f-eleven-help\">H</p>\n<p class=\"field-error\" id=\"f-eleven-error\">"
        + "<span class=\"visually-hidden\">Lỗi: </span>Bắt buộc.</p>\n<select id=\"f-eleven\" name=\"eleven\" required"
        + " aria-invalid=\"true\" aria-describedby=\"f-eleven-error f-eleven-help\">\n<option value=\"\">— Chọn —</option>\n"
        + "<option value=\"o0\">O0</option>\n");
    assertThat(html).contains("<li><a href=\"#f-eleven\">Mười một: Bắt buộc.</a></li>");
    assertThat(FormHtmlRenderer.anchorOf(form, "/ten")).contains("f-ten-0");
    assertThat(FormHtmlRenderer.anchorOf(form, "/eleven")).contains("f-eleven");
  }

  @Test
  void conditionsAreInTheMarkupAndSpelledOutInTheHint() {
    String html = submittable(form("", NAME, KIND,
        "{\"id\":\"other\",\"type\":\"text\"," + label("Khác") + ",\"required\":true,\"shownWhen\":{\"field\":\"kind\","
            + "\"equals\":\"b\"}}",
        "{\"id\":\"both\",\"type\":\"text\"," + label("Cả hai") + ",\"shownWhen\":{\"field\":\"kind\"},"
            + "\"requiredWhen\":{\"field\":\"name\"}}",
        "{\"id\":\"when\",\"type\":\"text\"," + label("Khi") + ",\"requiredWhen\":{\"field\":\"kind\",\"equals\":\"a\"}}"),
        List.of());
    assertThat(html).contains("<div class=\"form-field\" data-field=\"other\" data-type=\"text\" data-shown-when=\"kind=b\""
        + " data-required-when-shown=\"true\" data-required=\"true\">\n"
        + "<label for=\"f-other\">Khác <span class=\"required\" aria-hidden=\"true\">*</span></label>\n"
        + "<p class=\"condition-hint\" id=\"f-other-when\">Chỉ điền khi «Loại» là «B»; khi đó là trường bắt buộc.</p>\n"
        + "<input id=\"f-other\" name=\"other\" type=\"text\" aria-describedby=\"f-other-when\">\n");
    assertThat(html).contains("data-field=\"both\" data-type=\"text\" data-shown-when=\"kind\" data-required-when=\"name\">\n"
        + "<label for=\"f-both\">Cả hai <span class=\"required\" aria-hidden=\"true\">*</span></label>\n"
        + "<p class=\"condition-hint\" id=\"f-both-when\">Chỉ điền khi đã khai «Loại». Bắt buộc khi đã khai «Tên».</p>\n");
    assertThat(html).contains("data-field=\"when\" data-type=\"text\" data-required-when=\"kind=a\">\n"
        + "<label for=\"f-when\">Khi <span class=\"required\" aria-hidden=\"true\">*</span></label>\n"
        + "<p class=\"condition-hint\" id=\"f-when-when\">Bắt buộc khi «Loại» là «A».</p>\n");
  }

  private static final String DOCS = "{\"id\":\"docs\",\"type\":\"file\"," + label("Tệp") + ",\"accept\":[\"application/pdf\","
      + "\"image/png\"],\"maxBytes\":100,\"maxFiles\":2}";
  private static final String ONE = "{\"id\":\"one\",\"type\":\"file\"," + label("Một tệp")
      + ",\"accept\":[\"application/pdf\"],\"maxBytes\":7}";

  @Test
  void fileInputsCarryTheirLimitsAndTakeSeveralFilesOnlyWhenAllowed() {
    String html = submittable(form("", DOCS, ONE), List.of());
    assertThat(html).contains("<input id=\"f-docs\" name=\"docs\" type=\"file\" accept=\"application/pdf,image/png\""
        + " data-max-bytes=\"100\" data-max-files=\"2\" multiple>\n",
        "<input id=\"f-one\" name=\"one\" type=\"file\" accept=\"application/pdf\" data-max-bytes=\"7\""
            + " data-max-files=\"1\">\n");
  }

  @Test
  void phoneAndTaxCodeInputsCarryTheServersPatternAnchoredAsHtmlWants() {
    String html = submittable(form("", "{\"id\":\"tel\",\"type\":\"phone\"," + label("ĐT") + ",\"phoneKind\":\"landline\"}",
        "{\"id\":\"tax\",\"type\":\"taxCode\"," + label("MST") + "}"), List.of());
    assertThat(html).contains("<input id=\"f-tel\" name=\"tel\" type=\"tel\" autocomplete=\"tel\""
        + " pattern=\"(?:0|\\+84)2\\d{9}\">\n",
        "<input id=\"f-tax\" name=\"tax\" type=\"text\" maxlength=\"14\""
            + " pattern=\"(?:\\d{2}(?!0000000)\\d{8}(?:-?(?!000)\\d{3})?)\">\n");
  }

  @Test
  void aPrintedFormHasBlanksAndAskForPaperCopiesOfFiles() {
    String html = renderer.render(form("", NAME, DOCS), Language.VI, RenderMode.PRINTABLE, "", "");
    assertThat(html).contains("<span class=\"blank\" id=\"f-name\"></span>\n",
        "<span class=\"blank\" id=\"f-docs\">(đính kèm bản giấy)</span>\n");
  }

  private static final String PEOPLE = "{\"id\":\"people\",\"type\":\"group\"," + label("Người") + ",\"required\":true,"
      + "\"help\":{\"vi\":\"HG\",\"en\":\"HG\"},\"shownWhen\":{\"field\":\"kind\"},\"maxItems\":2,\"fields\":["
      + "{\"id\":\"pname\",\"type\":\"text\"," + label("Họ tên") + ",\"required\":true}]}";
  private static final String OPTIONAL_GROUP = "{\"id\":\"extra\",\"type\":\"group\"," + label("Thêm") + ",\"fields\":["
      + "{\"id\":\"inner\",\"type\":\"text\"," + label("Trong") + ",\"required\":true}]}";

  @Test
  void aGroupHasItsLegendMarkHelpHintAndError() {
    String html = submittable(form("", KIND, PEOPLE), List.of(new Problem("/people", "REQUIRED", "Bắt buộc.")));
    assertThat(html).contains("<fieldset class=\"form-group\" id=\"f-people\" data-group=\"people\" data-max-items=\"2\""
        + " data-shown-when=\"kind\" data-required-when-shown=\"true\"><legend>Người <span class=\"required\""
        + " aria-hidden=\"true\">*</span></legend>\n<p class=\"help\" id=\"f-people-help\">HG</p>\n"
        + "<p class=\"condition-hint\" id=\"f-people-when\">Chỉ điền khi đã khai «Loại»; khi đó là trường bắt buộc.</p>\n"
        + "<p class=\"field-error\" id=\"f-people-error\"><span class=\"visually-hidden\">Lỗi: </span>Bắt buộc.</p>\n"
        + "<div class=\"group-item\" data-index=\"0\">\n");
    assertThat(html).doesNotContain("data-index=\"1\"");
  }

  @Test
  void aPrintedGroupHasThreeRowsToFillInButNoMoreThanItsMost() {
    String html = renderer.render(form("", KIND, PEOPLE, OPTIONAL_GROUP), Language.VI, RenderMode.PRINTABLE, "", "");
    assertThat(html).contains("<span class=\"blank\" id=\"f-people-1-pname\"></span>")
        .doesNotContain("f-people-2-pname")
        .contains("<span class=\"blank\" id=\"f-extra-2-inner\"></span>").doesNotContain("f-extra-3-inner");
  }

  @Test
  void requiredFieldsOfAnOptionalGroupAreNotRequiredByTheBrowser() {
    String html = submittable(form("", OPTIONAL_GROUP), List.of());
    assertThat(html).contains("<div class=\"form-field\" data-field=\"extra.0.inner\" data-type=\"text\">\n"
        + "<label for=\"f-extra-0-inner\">Trong <span class=\"required\" aria-hidden=\"true\">*</span></label>\n"
        + "<input id=\"f-extra-0-inner\" name=\"extra.0.inner\" type=\"text\">\n");
  }

  @Test
  void theSummaryCountsTheProblemsInEnglishToo() {
    FormDefinition form = form("", NAME, NOTE);
    Problem one = new Problem("/name", "REQUIRED", "Required.");
    String single = renderer.render(form, Language.EN, RenderMode.SUBMITTABLE, "/nop", "k",
        com.fasterxml.jackson.databind.node.MissingNode.getInstance(), List.of(one));
    assertThat(single).contains("<h2 id=\"error-summary-title\">There is 1 problem</h2>", " role=\"alert\">")
        .doesNotContain("chosen again");
    String two = renderer.render(form, Language.EN, RenderMode.SUBMITTABLE, "/nop", "k",
        com.fasterxml.jackson.databind.node.MissingNode.getInstance(), List.of(one, new Problem("/note", "TOO_LONG", "Long.")));
    assertThat(two).contains("<h2 id=\"error-summary-title\">There are 2 problems</h2>");
    assertThat(submittable(form, List.of(one))).contains("<h2 id=\"error-summary-title\">Có 1 lỗi cần sửa</h2>");
  }

  @Test
  void aFormWithFilesAsksForThemAgainAfterAProblem() {
    String html = submittable(form("", NAME, ONE), List.of(new Problem("/name", "REQUIRED", "Bắt buộc.")));
    assertThat(html).contains("<p class=\"help\">Các tệp đính kèm cần được chọn lại.</p>\n</div>\n");
    assertThat(submittable(form("", NAME, ONE), List.of())).doesNotContain("chọn lại");
  }

  @Test
  void anEmailInputCarriesItsMaximumLength() {
    String html = submittable(form("", "{\"id\":\"mail\",\"type\":\"email\"," + label("Thư") + ",\"maxLength\":50}"),
        List.of());
    assertThat(html).contains("<input id=\"f-mail\" name=\"mail\" type=\"email\" autocomplete=\"email\" maxlength=\"50\">\n");
  }

  @Test
  void aPatternNotAnchoredAtBothEndsMayMatchAnywhereInTheBrowserToo() {
    String html = submittable(form("",
        "{\"id\":\"a\",\"type\":\"text\"," + label("A") + ",\"pattern\":\"\\\\d{3}\"}",
        "{\"id\":\"b\",\"type\":\"text\"," + label("B") + ",\"pattern\":\"^x\\\\$\"}",
        "{\"id\":\"c\",\"type\":\"text\"," + label("C") + ",\"pattern\":\"^[a-z]+$\"}"), List.of());
    assertThat(html).contains("name=\"a\" type=\"text\" pattern=\".*(?:\\d{3}).*\">",
        "name=\"b\" type=\"text\" pattern=\".*(?:^x\\$).*\">", "name=\"c\" type=\"text\" pattern=\"[a-z]+\">");
  }

  @Test
  void choicesAndSelectsShownOnlySometimesSayWhen() {
    String html = submittable(form("", KIND,
        "{\"id\":\"pick\",\"type\":\"singleChoice\"," + label("Chọn") + ",\"shownWhen\":{\"field\":\"kind\",\"equals\":\"a\"},"
            + options(2) + "}",
        "{\"id\":\"prov\",\"type\":\"singleChoice\"," + label("Tỉnh") + ",\"requiredWhen\":{\"field\":\"kind\"},"
            + options(11) + "}"), List.of());
    assertThat(html).contains("<fieldset><legend id=\"f-pick-label\">Chọn</legend>\n"
        + "<p class=\"condition-hint\" id=\"f-pick-when\">Chỉ điền khi «Loại» là «A».</p>\n");
    assertThat(html).contains("<label for=\"f-prov\">Tỉnh <span class=\"required\" aria-hidden=\"true\">*</span></label>\n"
        + "<p class=\"condition-hint\" id=\"f-prov-when\">Bắt buộc khi đã khai «Loại».</p>\n"
        + "<select id=\"f-prov\" name=\"prov\" aria-describedby=\"f-prov-when\">\n");
  }
}
