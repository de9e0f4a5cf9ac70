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
}
