package vn.egov.sdk.forms;

import java.util.List;
import java.util.Objects;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.Html;
import vn.egov.sdk.forms.internal.HtmlBuilder;

/**
 * Renders a form as an HTML fragment: every input has a label, help texts are linked with
 * {@code aria-describedby}, the HTML5 constraints ({@code required}, {@code minlength}, {@code pattern},
 * {@code min}, {@code accept}…) mirror the server's rules, and every text is escaped. The submittable
 * form posts {@code multipart/form-data} to {@code actionUrl} with the fields under their ids (group
 * items as {@code group.N.field}), {@code formId} and an {@code idempotencyKey}.
 */
public final class FormHtmlRenderer {
  /** Single choices with more options than this render as one select (the 34 provinces). */
  private static final int LONG_LIST = 10;

  /**
   * @param idempotencyKey key the browser sends with the form (a fresh one per rendering)
   */
  public String render(FormDefinition form, Language language, RenderMode mode, String actionUrl,
      String idempotencyKey) {
    Objects.requireNonNull(form, "form");
    HtmlBuilder h = new HtmlBuilder();
    String lang = language.tag();
    if (mode == RenderMode.SUBMITTABLE) {
      h.raw("<form class=\"egov-form\" method=\"post\" enctype=\"multipart/form-data\" lang=\"").text(lang)
          .raw("\" action=\"").text(actionUrl).raw("\">\n");
      hidden(h, "formId", form.id());
      hidden(h, "idempotencyKey", idempotencyKey);
    } else {
      h.raw("<div class=\"egov-form egov-form-print\" lang=\"").text(lang).raw("\">\n");
    }
    h.raw("<h1>").text(form.title().in(language)).raw("</h1>\n");
    form.description().ifPresent(d -> h.raw("<p class=\"form-description\">").text(d.in(language)).raw("</p>\n"));
    h.raw("<p class=\"form-meta\">").text(language.pick("Mã thủ tục: ", "Procedure code: ")).text(form.procedureCode())
        .text(" · ").text(language.pick("Phiên bản mẫu: ", "Form version: ")).text(form.version()).raw("</p>\n");
    for (Section s : form.sections()) {
      h.raw("<fieldset class=\"form-section\" id=\"section-").text(s.id()).raw("\"><legend>")
          .text(s.title().in(language)).raw("</legend>\n");
      fields(h, s.fields(), "", language, mode, true);
      h.raw("</fieldset>\n");
    }
    if (mode == RenderMode.SUBMITTABLE) {
      h.raw("<p class=\"required-note\"><span aria-hidden=\"true\">*</span> ")
          .text(language.pick("Trường bắt buộc", "Required field")).raw("</p>\n");
      h.raw("<button type=\"submit\">").text(language.pick("Nộp hồ sơ", "Submit the dossier")).raw("</button>\n</form>\n");
    } else {
      h.raw("<p class=\"signature\">").text(language.pick("Ngày … tháng … năm …… — Người khai ký, ghi rõ họ tên",
          "Date …………… — Signature and full name of the declarant")).raw("</p>\n</div>\n");
    }
    return h.toString();
  }

  /** {@code enforce}: whether the browser may enforce {@code required} (not inside an optional group). */
  private void fields(HtmlBuilder h, List<FieldDefinition> fields, String prefix, Language language, RenderMode mode,
      boolean enforce) {
    for (FieldDefinition f : fields) {
      if (f.type() == FieldType.GROUP) {
        group(h, f, language, mode);
      } else {
        field(h, f, prefix, language, mode, enforce);
      }
    }
  }

  private void group(HtmlBuilder h, FieldDefinition f, Language language, RenderMode mode) {
    h.raw("<fieldset class=\"form-group\" id=\"f-").text(f.id()).raw("\"><legend>").text(f.label().in(language));
    requiredMark(h, f);
    h.raw("</legend>\n");
    help(h, f, "f-" + f.id(), language);
    int rows = mode == RenderMode.PRINTABLE ? Math.max(3, f.minItems().orElse(0))
        : Math.max(1, f.minItems().orElse(0));
    rows = Math.min(rows, f.maxItems().orElse(rows));
    for (int i = 0; i < rows; i++) {
      h.raw("<div class=\"group-item\" data-index=\"").text(String.valueOf(i)).raw("\">\n");
      boolean enforce = f.required() && f.shownWhen().isEmpty() && i < Math.max(1, f.minItems().orElse(0));
      fields(h, f.fields(), f.id() + "." + i + ".", language, mode, enforce);
      h.raw("</div>\n");
    }
    h.raw("</fieldset>\n");
  }

  private void field(HtmlBuilder h, FieldDefinition f, String prefix, Language language, RenderMode mode,
      boolean enforce) {
    String name = prefix + f.id();
    String id = "f-" + name.replace('.', '-');
    h.raw("<div class=\"form-field\"");
    f.shownWhen().ifPresent(c -> h.raw(" data-shown-when=\"").text(c.field() + c.equals().map(v -> "=" + v).orElse(""))
        .raw("\""));
    h.raw(">\n");
    if (f.type() == FieldType.SINGLE_CHOICE && f.options().size() > LONG_LIST) {
      // a long list (e.g. the 34 provinces): one select, and a line to write on when printed
      h.raw("<label for=\"").text(id).raw("\">").text(f.label().in(language));
      requiredMark(h, f);
      h.raw("</label>\n");
      if (mode == RenderMode.PRINTABLE) {
        h.raw("<span class=\"blank\" id=\"").text(id).raw("\"></span>\n");
      } else {
        h.raw("<select id=\"").text(id).raw("\" name=\"").text(name).raw("\"");
        if (enforce && f.required() && f.shownWhen().isEmpty()) {
          h.raw(" required");
        }
        f.help().ifPresent(x -> h.raw(" aria-describedby=\"").text(id).raw("-help\""));
        h.raw(">\n<option value=\"\">").text(language.pick("— Chọn —", "— Choose —")).raw("</option>\n");
        for (ChoiceOption o : f.options()) {
          h.raw("<option value=\"").text(o.value()).raw("\">").text(o.label().in(language)).raw("</option>\n");
        }
        h.raw("</select>\n");
      }
      help(h, f, id, language);
      h.raw("</div>\n");
      return;
    }
    boolean choices = f.type() == FieldType.SINGLE_CHOICE || f.type() == FieldType.MULTIPLE_CHOICE;
    if (choices) {
      h.raw("<fieldset><legend id=\"").text(id).raw("-label\">").text(f.label().in(language));
      requiredMark(h, f);
      h.raw("</legend>\n");
      String inputType = f.type() == FieldType.SINGLE_CHOICE ? "radio" : "checkbox";
      for (int i = 0; i < f.options().size(); i++) {
        ChoiceOption o = f.options().get(i);
        String oid = id + "-" + i;
        if (mode == RenderMode.PRINTABLE) {
          h.raw("<span class=\"box\">☐</span> ").text(o.label().in(language)).raw("<br>\n");
        } else {
          h.raw("<input type=\"").raw(inputType).raw("\" id=\"").text(oid).raw("\" name=\"").text(name)
              .raw("\" value=\"").text(o.value()).raw("\"");
          if (enforce && f.required() && f.type() == FieldType.SINGLE_CHOICE && f.shownWhen().isEmpty() && i == 0) {
            h.raw(" required");
          }
          h.raw("> <label for=\"").text(oid).raw("\">").text(o.label().in(language)).raw("</label><br>\n");
        }
      }
      help(h, f, id, language);
      h.raw("</fieldset>\n</div>\n");
      return;
    }
    h.raw("<label for=\"").text(id).raw("\">").text(f.label().in(language));
    requiredMark(h, f);
    h.raw("</label>\n");
    if (mode == RenderMode.PRINTABLE) {
      h.raw("<span class=\"blank\" id=\"").text(id).raw("\">")
          .text(f.type() == FieldType.FILE ? language.pick("(đính kèm bản giấy)", "(attach a paper copy)") : "")
          .raw("</span>\n");
    } else {
      input(h, f, id, name, enforce);
    }
    help(h, f, id, language);
    h.raw("</div>\n");
  }

  private void input(HtmlBuilder h, FieldDefinition f, String id, String name, boolean enforce) {
    h.raw("<input id=\"").text(id).raw("\" name=\"").text(name).raw("\"");
    switch (f.type()) {
      case TEXT -> {
        h.raw(" type=\"text\"");
        f.minLength().ifPresent(m -> attr(h, "minlength", String.valueOf(m)));
        f.maxLength().ifPresent(m -> attr(h, "maxlength", String.valueOf(m)));
        f.pattern().ifPresent(p -> attr(h, "pattern", htmlPattern(p)));
      }
      case NUMBER, INTEGER -> {
        h.raw(" type=\"number\"");
        attr(h, "step", f.type() == FieldType.INTEGER ? "1" : "any");
        f.minimum().ifPresent(m -> attr(h, "min", m.toPlainString()));
        f.maximum().ifPresent(m -> attr(h, "max", m.toPlainString()));
      }
      case DATE -> h.raw(" type=\"date\"");
      case EMAIL -> {
        // type=email checks the shape; the server's stricter pattern is not valid in a browser's v-mode regex
        h.raw(" type=\"email\" autocomplete=\"email\"");
        f.maxLength().ifPresent(m -> attr(h, "maxlength", String.valueOf(m)));
      }
      case PHONE -> {
        h.raw(" type=\"tel\" autocomplete=\"tel\"");
        attr(h, "pattern", htmlPattern(schemaPattern(f)));
      }
      case CITIZEN_ID -> {
        h.raw(" type=\"text\" inputmode=\"numeric\" maxlength=\"12\"");
        attr(h, "pattern", JsonSchemaExporter.CITIZEN_ID_CORE);
      }
      case TAX_CODE -> {
        h.raw(" type=\"text\" maxlength=\"14\"");
        attr(h, "pattern", htmlPattern(schemaPattern(f)));
      }
      case FILE -> {
        FileRules rules = f.files().orElseThrow();
        h.raw(" type=\"file\"");
        attr(h, "accept", String.join(",", rules.accept()));
        attr(h, "data-max-bytes", String.valueOf(rules.maxBytes()));
        if (rules.maxFiles() > 1) {
          h.raw(" multiple");
        }
      }
      default -> throw new IllegalStateException("no input for " + f.type());
    }
    if (enforce && f.required() && f.shownWhen().isEmpty()) {
      h.raw(" required aria-required=\"true\"");
    }
    if (f.help().isPresent()) {
      attr(h, "aria-describedby", id + "-help");
    }
    h.raw(">\n");
  }

  private static String schemaPattern(FieldDefinition f) {
    return new JsonSchemaExporter().fieldSchema(f).path("pattern").asText();
  }

  /** HTML patterns are anchored; JSON Schema ones are not: {@code ^…$} is dropped, others get {@code .*} around. */
  static String htmlPattern(String p) {
    if (p.startsWith("^") && p.endsWith("$") && !p.endsWith("\\$")) {
      return p.substring(1, p.length() - 1);
    }
    return ".*(?:" + p + ").*";
  }

  private static void requiredMark(HtmlBuilder h, FieldDefinition f) {
    if (f.required() || f.requiredWhen().isPresent()) {
      h.raw(" <span class=\"required\" aria-hidden=\"true\">*</span>");
    }
  }

  private static void help(HtmlBuilder h, FieldDefinition f, String id, Language language) {
    f.help().ifPresent(text -> h.raw("<p class=\"help\" id=\"").text(id).raw("-help\">").text(text.in(language))
        .raw("</p>\n"));
  }

  private static void hidden(HtmlBuilder h, String name, String value) {
    h.raw("<input type=\"hidden\" name=\"").text(name).raw("\" value=\"").text(value).raw("\">\n");
  }

  private static void attr(HtmlBuilder h, String name, String value) {
    h.raw(" ").raw(name).raw("=\"").text(value).raw("\"");
  }
}
