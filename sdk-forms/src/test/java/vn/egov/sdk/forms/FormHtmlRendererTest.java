package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Language;

class FormHtmlRendererTest {
  private final FormHtmlRenderer renderer = new FormHtmlRenderer();

  @Test
  void submittableFormHasLabelsAndConstraintsOfTheServer() {
    String html = renderer.render(Samples.form("judicial-record-request"), Language.VI, RenderMode.SUBMITTABLE,
        "/api/dossiers", "key-1");
    assertThat(html).contains("<form class=\"egov-form\" method=\"post\" enctype=\"multipart/form-data\"",
        "<input type=\"hidden\" name=\"idempotencyKey\" value=\"key-1\">",
        "<label for=\"f-fullName\">Họ và tên <span class=\"required\" aria-hidden=\"true\">*</span></label>",
        "<input id=\"f-fullName\" name=\"fullName\" type=\"text\" minlength=\"2\" maxlength=\"100\" required",
        "name=\"copies\" type=\"number\" step=\"1\" min=\"1\" max=\"10\"",
        "name=\"birthDate\" type=\"date\"",
        "type=\"tel\"", "inputmode=\"numeric\" maxlength=\"12\" pattern=\"(?:001|002",
        "aria-describedby=\"f-citizenId-help\"", "<p class=\"help\" id=\"f-citizenId-help\">",
        "name=\"residencePeriods.0.from\"", "pattern=\"(0[1-9]|1[0-2])/\\d{4}\"",
        "type=\"file\" accept=\"application/pdf,image/jpeg\"", "data-shown-when=\"certificateType=1\"",
        "type=\"radio\"");
    // every input has a label pointing at it
    java.util.regex.Matcher ids = java.util.regex.Pattern.compile("<input id=\"([^\"]+)\"").matcher(html);
    while (ids.find()) {
      assertThat(html).contains("for=\"" + ids.group(1) + "\"");
    }
  }

  @Test
  void fieldsOfAGroupThatMayBeHiddenAreNotRequiredByTheBrowser() {
    String html = renderer.render(Samples.form("household-business-registration"), Language.VI,
        RenderMode.SUBMITTABLE, "/api/dossiers", "k");
    assertThat(html).contains("name=\"businessLines.0.code\" type=\"text\" pattern=\"\\d{4,5}\" required")
        .contains("name=\"familyMembers.0.name\" type=\"text\" maxlength=\"100\">");
  }

  @Test
  void printableFormHasNoInputsAndIsInTheAskedLanguage() {
    String html = renderer.render(Samples.form("birth-registration"), Language.EN, RenderMode.PRINTABLE, "", "");
    assertThat(html).contains("Birth registration declaration", "class=\"blank\"", "☐", "Signature")
        .doesNotContain("<input", "<form");
  }

  @Test
  void everythingFromTheDefinitionIsEscaped() {
    FormDefinition evil = FormDefinitions.parse("""
        {"formatVersion":1,"id":"evil","version":"<b>1</b>","procedureCode":"1.001193",
         "title":{"vi":"<script>alert(1)</script>","en":"x"},
         "sections":[{"id":"s","title":{"vi":"a&b","en":"a"},"fields":[
           {"id":"t","type":"text","pattern":"^\\"><script>$","label":{"vi":"<i>L</i>","en":"L"},
            "help":{"vi":"' onmouseover='x","en":"h"}},
           {"id":"c","type":"singleChoice","label":{"vi":"C","en":"C"},
            "options":[{"value":"\\"><x","label":{"vi":"<o>","en":"o"}}]}]}]}
        """);
    String html = renderer.render(evil, Language.VI, RenderMode.SUBMITTABLE, "/x?a=1&b=\"2\"", "<k>");
    assertThat(html).doesNotContain("<script>", "<img", "<i>", "<o>", "<b>", "<k>", "\"><x", "' onmouseover")
        .contains("&lt;script&gt;", "a&amp;b", "&#39; onmouseover=&#39;x", "/x?a=1&amp;b=&quot;2&quot;");
  }

  @Test
  void choicesHaveTheirLabelsBesideThemAndConditionsAreInTheMarkupWithASentenceForPagesWithoutScript() {
    String html = renderer.render(Samples.form("birth-registration"), Language.VI, RenderMode.SUBMITTABLE, "/f", "k");
    assertThat(html).contains("<div class=\"choice\"><input type=\"radio\" id=\"f-relationship-3\" name=\"relationship\""
        + " value=\"other\"><label for=\"f-relationship-3\">Khác</label></div>")
        .doesNotContain("<br>")
        .contains("data-field=\"relationshipOther\" data-type=\"text\" data-shown-when=\"relationship=other\""
            + " data-required-when-shown=\"true\"")
        .contains("Chỉ điền khi «Quan hệ với người được khai sinh» là «Khác»; khi đó là trường bắt buộc.")
        .contains("data-required-when=\"fatherName\"", "Bắt buộc khi đã khai «Họ, chữ đệm, tên người cha».")
        .contains("aria-describedby=\"f-fatherCitizenId-help f-fatherCitizenId-when\"")
        // the summary is there, hidden, for the page script to fill
        .contains("<div class=\"error-summary\" id=\"error-summary\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\" hidden>");
    // a field shown only in some case is never required by the browser itself
    assertThat(html).doesNotContainPattern("id=\"f-relationshipOther\"[^>]*required");
    String en = renderer.render(Samples.form("birth-registration"), Language.EN, RenderMode.SUBMITTABLE, "/f", "k");
    assertThat(en).contains("Only when “Relationship to the child” is “Other”; then it is required.");
  }

  @Test
  void aRefusedFormKeepsWhatWasEnteredAndLeadsToEachWrongField() {
    FormDefinition form = Samples.form("household-business-registration");
    com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    data.put("businessName", "Hộ kinh doanh <Hoa> & \"Sen\"");
    data.put("ownerSex", "F");
    data.putArray("channels").add("shop").add("online");
    data.put("capital", 5000000);
    com.fasterxml.jackson.databind.node.ArrayNode lines = data.putArray("businessLines");
    lines.addObject().put("code", "4711").put("description", "Bán lẻ");
    lines.addObject().put("code", "12").put("description", "Quán ăn");
    java.util.List<vn.egov.sdk.core.Problem> violations = java.util.List.of(
        new vn.egov.sdk.core.Problem("/businessLines/1/code", "PATTERN_MISMATCH", "Giá trị không đúng định dạng yêu cầu."),
        new vn.egov.sdk.core.Problem("/ownerCitizenId", "REQUIRED", "Trường này là bắt buộc."),
        new vn.egov.sdk.core.Problem("/ownerSex", "NOT_AN_OPTION", "Giá trị không nằm trong các lựa chọn."),
        new vn.egov.sdk.core.Problem("/familyMembers", "REQUIRED", "Trường này là bắt buộc."),
        new vn.egov.sdk.core.Problem("", "NOT_AN_OBJECT", "Dữ liệu phải là một đối tượng JSON."));
    String html = renderer.render(form, Language.VI, RenderMode.SUBMITTABLE, "/f", "k", data, violations);
    assertThat(html).contains("role=\"alert\"", "Có 5 lỗi cần sửa",
        "<li><a href=\"#f-businessLines-1-code\">Mã ngành (VSIC): Giá trị không đúng định dạng yêu cầu.</a></li>",
        "<li><a href=\"#f-ownerCitizenId\">Số định danh cá nhân: Trường này là bắt buộc.</a></li>",
        "<li><a href=\"#f-ownerSex-0\">", "<li><a href=\"#f-familyMembers\">",
        "<li>Dữ liệu phải là một đối tượng JSON.</li>", "Các tệp đính kèm cần được chọn lại.")
        .contains("value=\"Hộ kinh doanh &lt;Hoa&gt; &amp; &quot;Sen&quot;\"", "value=\"5000000\"",
            "name=\"businessLines.1.code\" type=\"text\" pattern=\"\\d{4,5}\" value=\"12\"")
        .contains("id=\"f-ownerSex-1\" name=\"ownerSex\" value=\"F\" checked",
            "id=\"f-channels-0\" name=\"channels\" value=\"shop\" checked",
            "id=\"f-channels-1\" name=\"channels\" value=\"online\" checked")
        .doesNotContain("value=\"mobile\" checked")
        .contains("<p class=\"field-error\" id=\"f-businessLines-1-code-error\"><span class=\"visually-hidden\">Lỗi: </span>"
            + "Giá trị không đúng định dạng yêu cầu.</p>")
        .contains("aria-invalid=\"true\" aria-describedby=\"f-businessLines-1-code-error\"")
        .contains("class=\"form-field form-field--error\" data-field=\"ownerCitizenId\"");
    assertThat(FormHtmlRenderer.anchorOf(form, "/businessLines/1/code")).contains("f-businessLines-1-code");
    assertThat(FormHtmlRenderer.anchorOf(form, "/channels/0")).contains("f-channels-0");
    assertThat(FormHtmlRenderer.anchorOf(form, "/nope")).isEmpty();
    assertThat(FormHtmlRenderer.anchorOf(form, "")).isEmpty();
  }

  @Test
  void theMessagesForAPageScriptAreTheValidatorsOwnWithPlaceholders() {
    java.util.Map<String, String> vi = FormHtmlRenderer.clientMessages(Language.VI);
    assertThat(vi).containsEntry("REQUIRED", "Trường này là bắt buộc.")
        .containsEntry("TOO_LONG", "Không được quá {max} ký tự.")
        .containsEntry("CITIZEN_ID_FORMAT", "Số định danh cá nhân phải gồm đúng 12 chữ số.");
    assertThat(FormHtmlRenderer.clientMessages(Language.EN)).containsEntry("TOO_SHORT", "Too short: at least {min} characters.");
    // every one is a code the validator knows (none falls back to the generic sentence)
    assertThat(vi.values()).doesNotContain("Giá trị không hợp lệ.");
  }
}
