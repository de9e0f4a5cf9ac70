package vn.egov.sdk.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.Problem;
import vn.egov.sdk.forms.internal.HtmlBuilder;
import vn.egov.sdk.forms.internal.Messages;

/**
 * Renders a form as an HTML fragment: every input has a label (radio buttons and checkboxes have theirs
 * beside them), help texts are linked with {@code aria-describedby}, the HTML5 constraints
 * ({@code required}, {@code minlength}, {@code pattern}, {@code min}, {@code accept}…) mirror the
 * server's rules, and every text is escaped. The submittable form posts {@code multipart/form-data} to
 * {@code actionUrl} with the fields under their ids (group items as {@code group.N.field}),
 * {@code formId} and an {@code idempotencyKey}.
 *
 * <p>Conditions stay in the markup for a page script to apply: a field shown only in some case carries
 * {@code data-shown-when="field=value"} (and {@code data-required} when it is required while shown), a
 * field required only in some case {@code data-required-when}; both get a sentence saying when they
 * apply, for a page without script. A form shown again after the server refused it
 * ({@link #render(FormDefinition, Language, RenderMode, String, String, JsonNode, List)}) keeps what was
 * entered, marks each wrong field ({@code aria-invalid}, its message linked by
 * {@code aria-describedby}) and opens with an error summary whose links lead to each wrong field, as
 * the GOV.UK design system does. The fragment has no inline script or style.
 */
public final class FormHtmlRenderer {
  /** Single choices with more options than this render as one select (the 34 provinces). */
  private static final int LONG_LIST = 10;

  /**
   * @param idempotencyKey key the browser sends with the form (a fresh one per rendering)
   */
  public String render(FormDefinition form, Language language, RenderMode mode, String actionUrl,
      String idempotencyKey) {
    return render(form, language, mode, actionUrl, idempotencyKey, MissingNode.getInstance(), List.of());
  }

  /**
   * The form filled in with {@code values} (a submission's data object, as {@link FormPostDecoder}
   * makes it; files cannot be filled in again) and {@code problems} shown (a validation report's
   * {@code problems(language)}): an error summary first, then each message at its field.
   */
  public String render(FormDefinition form, Language language, RenderMode mode, String actionUrl,
      String idempotencyKey, JsonNode values, List<Problem> problems) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(problems, "problems");
    State state = new State(language, mode, values == null ? MissingNode.getInstance() : values, problems);
    HtmlBuilder h = new HtmlBuilder();
    String lang = language.tag();
    if (mode == RenderMode.SUBMITTABLE) {
      h.raw("<form class=\"egov-form\" method=\"post\" enctype=\"multipart/form-data\" lang=\"").text(lang)
          .raw("\" action=\"").text(actionUrl).raw("\" data-form-id=\"").text(form.id()).raw("\">\n");
      hidden(h, "formId", form.id());
      hidden(h, "idempotencyKey", idempotencyKey);
    } else {
      h.raw("<div class=\"egov-form egov-form-print\" lang=\"").text(lang).raw("\">\n");
    }
    h.raw("<h1>").text(form.title().in(language)).raw("</h1>\n");
    form.description().ifPresent(d -> h.raw("<p class=\"form-description\">").text(d.in(language)).raw("</p>\n"));
    h.raw("<p class=\"form-meta\">").text(language.pick("Mã thủ tục: ", "Procedure code: ")).text(form.procedureCode())
        .text(" · ").text(language.pick("Phiên bản mẫu: ", "Form version: ")).text(form.version()).raw("</p>\n");
    if (mode == RenderMode.SUBMITTABLE) {
      errorSummary(h, form, state);
    }
    for (Section s : form.sections()) {
      h.raw("<fieldset class=\"form-section\" id=\"section-").text(s.id()).raw("\"><legend>")
          .text(s.title().in(language)).raw("</legend>\n");
      fields(h, s.fields(), "", state.values, state, true);
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

  /**
   * The id of the element a violation at {@code path} (a JSON Pointer into the data) should lead to:
   * the field's input (the first radio button or checkbox of a choice), the fieldset of a group, or of
   * the nearest field above the path; empty when the path names no field of the form.
   */
  public static Optional<String> anchorOf(FormDefinition form, String path) {
    return target(form, path).map(t -> t.anchor);
  }

  /**
   * The messages of the rules a page script can check before the server does, by code, in the
   * server's own wording, with {@code {min}}, {@code {max}} and {@code {expected}} left for the script
   * to fill in: the same sentences the validator would return.
   */
  public static Map<String, String> clientMessages(Language language) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String code : List.of("REQUIRED", "TOO_SHORT", "TOO_LONG", "PATTERN_MISMATCH", "BELOW_MINIMUM",
        "ABOVE_MAXIMUM", "NOT_AN_OPTION", "DUPLICATE_CHOICE", "TOO_FEW_ITEMS", "TOO_MANY_ITEMS", "INVALID_DATE",
        "INVALID_EMAIL", "PHONE_FORMAT", "CITIZEN_ID_FORMAT", "CITIZEN_ID_PROVINCE", "TAX_CODE_FORMAT",
        "TYPE_MISMATCH", "NOT_APPLICABLE", "ATTACHMENT_TYPE_NOT_ALLOWED")) {
      m.put(code, Messages.format(code, Map.of("min", "{min}", "max", "{max}", "expected", "{expected}"), language));
    }
    return m;
  }

  private record Target(FieldDefinition field, String name, String anchor) {}

  private static Optional<Target> target(FormDefinition form, String path) {
    if (path == null || path.isEmpty() || !path.startsWith("/")) {
      return Optional.empty();
    }
    String[] parts = path.substring(1).split("/", -1);
    FieldDefinition top = find(form.fields(), unescape(parts[0]));
    if (top == null) {
      return Optional.empty();
    }
    if (top.type() == FieldType.GROUP && parts.length >= 3 && parts[1].matches("\\d{1,3}")) {
      FieldDefinition inner = find(top.fields(), unescape(parts[2]));
      if (inner != null) {
        String name = top.id() + "." + parts[1] + "." + inner.id();
        return Optional.of(new Target(inner, name, anchor(inner, name)));
      }
    }
    return Optional.of(new Target(top, top.id(), anchor(top, top.id())));
  }

  private static FieldDefinition find(List<FieldDefinition> fields, String id) {
    return fields.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
  }

  private static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }

  private static String inputId(String name) {
    return "f-" + name.replace('.', '-');
  }

  private static String anchor(FieldDefinition f, String name) {
    boolean choices = f.type() == FieldType.MULTIPLE_CHOICE
        || (f.type() == FieldType.SINGLE_CHOICE && f.options().size() <= LONG_LIST);
    return choices && !f.options().isEmpty() ? inputId(name) + "-0" : inputId(name);
  }

  /** What one rendering knows: the language, mode, entered values and messages by field name. */
  private static final class State {
    final Language language;
    final RenderMode mode;
    final JsonNode values;
    final List<Problem> violations;
    final Map<String, List<String>> messages = new LinkedHashMap<>();

    State(Language language, RenderMode mode, JsonNode values, List<Problem> violations) {
      this.language = language;
      this.mode = mode;
      this.values = values;
      this.violations = violations;
    }
  }

  private static void errorSummary(HtmlBuilder h, FormDefinition form, State state) {
    List<String[]> items = new ArrayList<>();
    for (Problem v : state.violations) {
      Optional<Target> t = target(form, v.path());
      String message = v.message();
      if (t.isPresent()) {
        state.messages.computeIfAbsent(t.get().name, k -> new ArrayList<>()).add(message);
        items.add(new String[] {t.get().anchor, t.get().field.label().in(state.language) + ": " + message});
      } else {
        items.add(new String[] {null, message});
      }
    }
    h.raw("<div class=\"error-summary\" id=\"error-summary\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\"");
    if (items.isEmpty()) {
      h.raw(" hidden");
    } else {
      h.raw(" role=\"alert\"");
    }
    h.raw(">\n<h2 id=\"error-summary-title\">").text(items.isEmpty() ? state.language.pick("Có lỗi cần sửa", "There is a problem")
        : state.language.pick("Có " + items.size() + " lỗi cần sửa", items.size() == 1 ? "There is 1 problem"
            : "There are " + items.size() + " problems")).raw("</h2>\n<ul class=\"error-summary-list\">\n");
    for (String[] item : items) {
      if (item[0] == null) {
        h.raw("<li>").text(item[1]).raw("</li>\n");
      } else {
        h.raw("<li><a href=\"#").text(item[0]).raw("\">").text(item[1]).raw("</a></li>\n");
      }
    }
    h.raw("</ul>\n");
    boolean files = form.fields().stream().anyMatch(f -> f.type() == FieldType.FILE);
    if (!items.isEmpty() && files) {
      h.raw("<p class=\"help\">").text(state.language.pick("Các tệp đính kèm cần được chọn lại.",
          "Attached files have to be chosen again.")).raw("</p>\n");
    }
    h.raw("</div>\n");
  }

  /** {@code enforce}: whether the browser may enforce {@code required} (not inside an optional group). */
  private void fields(HtmlBuilder h, List<FieldDefinition> fields, String prefix, JsonNode scope, State state,
      boolean enforce) {
    for (FieldDefinition f : fields) {
      if (f.type() == FieldType.GROUP) {
        group(h, f, fields, scope.path(f.id()), state);
      } else {
        field(h, f, fields, prefix, scope.path(f.id()), state, enforce);
      }
    }
  }

  private void group(HtmlBuilder h, FieldDefinition f, List<FieldDefinition> scope, JsonNode items, State state) {
    h.raw("<fieldset class=\"form-group\" id=\"f-").text(f.id()).raw("\" data-group=\"").text(f.id())
        .raw("\" data-max-items=\"").text(String.valueOf(f.maxItems().orElse(100))).raw("\"");
    conditions(h, f);
    h.raw("><legend>").text(f.label().in(state.language));
    requiredMark(h, f);
    h.raw("</legend>\n");
    help(h, f, "f-" + f.id(), state.language);
    conditionHint(h, f, scope, "f-" + f.id(), state);
    fieldErrors(h, state, f.id(), "f-" + f.id());
    int rows = state.mode == RenderMode.PRINTABLE ? Math.max(3, f.minItems().orElse(0))
        : Math.max(1, f.minItems().orElse(0));
    rows = Math.max(rows, items.isArray() ? items.size() : 0);
    rows = Math.min(rows, f.maxItems().orElse(rows));
    for (int i = 0; i < rows; i++) {
      h.raw("<div class=\"group-item\" data-index=\"").text(String.valueOf(i)).raw("\">\n");
      boolean enforce = f.required() && f.shownWhen().isEmpty() && i < Math.max(1, f.minItems().orElse(0));
      fields(h, f.fields(), f.id() + "." + i + ".", items.path(i), state, enforce);
      h.raw("</div>\n");
    }
    h.raw("</fieldset>\n");
  }

  private void field(HtmlBuilder h, FieldDefinition f, List<FieldDefinition> scope, String prefix, JsonNode value,
      State state, boolean enforce) {
    Language language = state.language;
    String name = prefix + f.id();
    String id = inputId(name);
    List<String> errors = state.messages.getOrDefault(name, List.of());
    h.raw("<div class=\"form-field").raw(errors.isEmpty() ? "" : " form-field--error").raw("\" data-field=\"")
        .text(name).raw("\" data-type=\"").text(f.type().jsonName()).raw("\"");
    conditions(h, f);
    if (f.required() && enforce) {
      h.raw(" data-required=\"true\"");
    }
    h.raw(">\n");
    if (f.type() == FieldType.SINGLE_CHOICE && f.options().size() > LONG_LIST) {
      // a long list (e.g. the 34 provinces): one select, and a line to write on when printed
      h.raw("<label for=\"").text(id).raw("\">").text(f.label().in(language));
      requiredMark(h, f);
      h.raw("</label>\n");
      help(h, f, id, language);
      conditionHint(h, f, scope, id, state);
      fieldErrors(h, state, name, id);
      if (state.mode == RenderMode.PRINTABLE) {
        h.raw("<span class=\"blank\" id=\"").text(id).raw("\"></span>\n");
      } else {
        h.raw("<select id=\"").text(id).raw("\" name=\"").text(name).raw("\"");
        if (enforce && f.required() && f.shownWhen().isEmpty()) {
          h.raw(" required");
        }
        describedBy(h, f, id, errors, true);
        h.raw(">\n<option value=\"\">").text(language.pick("— Chọn —", "— Choose —")).raw("</option>\n");
        for (ChoiceOption o : f.options()) {
          h.raw("<option value=\"").text(o.value()).raw("\"").raw(chosen(value, o.value()) ? " selected" : "")
              .raw(">").text(o.label().in(language)).raw("</option>\n");
        }
        h.raw("</select>\n");
      }
      h.raw("</div>\n");
      return;
    }
    boolean choices = f.type() == FieldType.SINGLE_CHOICE || f.type() == FieldType.MULTIPLE_CHOICE;
    if (choices) {
      h.raw("<fieldset><legend id=\"").text(id).raw("-label\">").text(f.label().in(language));
      requiredMark(h, f);
      h.raw("</legend>\n");
      help(h, f, id, language);
      conditionHint(h, f, scope, id, state);
      fieldErrors(h, state, name, id);
      String inputType = f.type() == FieldType.SINGLE_CHOICE ? "radio" : "checkbox";
      for (int i = 0; i < f.options().size(); i++) {
        ChoiceOption o = f.options().get(i);
        String oid = id + "-" + i;
        if (state.mode == RenderMode.PRINTABLE) {
          h.raw("<span class=\"box\">☐</span> ").text(o.label().in(language)).raw("<br>\n");
        } else {
          h.raw("<div class=\"choice\"><input type=\"").raw(inputType).raw("\" id=\"").text(oid).raw("\" name=\"")
              .text(name).raw("\" value=\"").text(o.value()).raw("\"");
          if (enforce && f.required() && f.type() == FieldType.SINGLE_CHOICE && f.shownWhen().isEmpty() && i == 0) {
            h.raw(" required");
          }
          if (chosen(value, o.value())) {
            h.raw(" checked");
          }
          describedBy(h, f, id, errors, i == 0);
          h.raw("><label for=\"").text(oid).raw("\">").text(o.label().in(language)).raw("</label></div>\n");
        }
      }
      h.raw("</fieldset>\n</div>\n");
      return;
    }
    h.raw("<label for=\"").text(id).raw("\">").text(f.label().in(language));
    requiredMark(h, f);
    h.raw("</label>\n");
    help(h, f, id, language);
    conditionHint(h, f, scope, id, state);
    fieldErrors(h, state, name, id);
    if (state.mode == RenderMode.PRINTABLE) {
      h.raw("<span class=\"blank\" id=\"").text(id).raw("\">")
          .text(f.type() == FieldType.FILE ? language.pick("(đính kèm bản giấy)", "(attach a paper copy)") : "")
          .raw("</span>\n");
    } else {
      input(h, f, id, name, enforce, value, errors);
    }
    h.raw("</div>\n");
  }

  private static boolean chosen(JsonNode value, String option) {
    if (value.isArray()) {
      for (JsonNode v : value) {
        if (v.isTextual() && v.asText().equals(option)) {
          return true;
        }
      }
      return false;
    }
    return value.isTextual() && value.asText().equals(option);
  }

  private void input(HtmlBuilder h, FieldDefinition f, String id, String name, boolean enforce, JsonNode value,
      List<String> errors) {
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
        attr(h, "data-max-files", String.valueOf(rules.maxFiles()));
        if (rules.maxFiles() > 1) {
          h.raw(" multiple");
        }
      }
      default -> throw new IllegalStateException("no input for " + f.type());
    }
    if (enforce && f.required() && f.shownWhen().isEmpty()) {
      h.raw(" required aria-required=\"true\"");
    }
    if (f.type() != FieldType.FILE && (value.isTextual() || value.isNumber())) {
      attr(h, "value", value.isTextual() ? value.asText() : value.asText());
    }
    describedBy(h, f, id, errors, true);
    h.raw(">\n");
  }

  private static void describedBy(HtmlBuilder h, FieldDefinition f, String id, List<String> errors, boolean first) {
    List<String> ids = new ArrayList<>();
    if (first && !errors.isEmpty()) {
      ids.add(id + "-error");
    }
    if (first && f.help().isPresent()) {
      ids.add(id + "-help");
    }
    if (first && (f.shownWhen().isPresent() || f.requiredWhen().isPresent())) {
      ids.add(id + "-when");
    }
    if (!errors.isEmpty()) {
      h.raw(" aria-invalid=\"true\"");
    }
    if (!ids.isEmpty()) {
      attr(h, "aria-describedby", String.join(" ", ids));
    }
  }

  private static void fieldErrors(HtmlBuilder h, State state, String name, String id) {
    List<String> errors = state.messages.getOrDefault(name, List.of());
    if (errors.isEmpty()) {
      return;
    }
    h.raw("<p class=\"field-error\" id=\"").text(id).raw("-error\"><span class=\"visually-hidden\">")
        .text(state.language.pick("Lỗi: ", "Error: ")).raw("</span>").text(String.join(" ", errors)).raw("</p>\n");
  }

  private static void conditions(HtmlBuilder h, FieldDefinition f) {
    f.shownWhen().ifPresent(c -> h.raw(" data-shown-when=\"").text(c.field() + c.equals().map(v -> "=" + v).orElse(""))
        .raw("\""));
    f.requiredWhen().ifPresent(c -> h.raw(" data-required-when=\"").text(c.field() + c.equals().map(v -> "=" + v).orElse(""))
        .raw("\""));
    if (f.shownWhen().isPresent() && f.required()) {
      h.raw(" data-required-when-shown=\"true\"");
    }
  }

  /** "Fill in when “Relationship” is “Other”." — for a page without script, and for screen readers. */
  private static void conditionHint(HtmlBuilder h, FieldDefinition f, List<FieldDefinition> scope, String id, State state) {
    if (state.mode != RenderMode.SUBMITTABLE || (f.shownWhen().isEmpty() && f.requiredWhen().isEmpty())) {
      return;
    }
    Language l = state.language;
    StringBuilder text = new StringBuilder();
    f.shownWhen().ifPresent(c -> text.append(l.pick("Chỉ điền khi ", "Only when ")).append(describe(c, scope, l))
        .append(f.required() ? l.pick("; khi đó là trường bắt buộc.", "; then it is required.") : "."));
    f.requiredWhen().ifPresent(c -> text.append(text.length() > 0 ? " " : "").append(l.pick("Bắt buộc khi ", "Required when "))
        .append(describe(c, scope, l)).append('.'));
    h.raw("<p class=\"condition-hint\" id=\"").text(id).raw("-when\">").text(text.toString()).raw("</p>\n");
  }

  private static String describe(Condition c, List<FieldDefinition> scope, Language l) {
    FieldDefinition other = find(scope, c.field());
    String label = other == null ? c.field() : other.label().in(l);
    if (c.equals().isEmpty()) {
      return l.pick("đã khai «" + label + "»", "“" + label + "” is filled in");
    }
    String value = c.equals().get();
    String shown = other == null ? value : other.option(value).map(o -> o.label().in(l)).orElse(value);
    return l.pick("«" + label + "» là «" + shown + "»", "“" + label + "” is “" + shown + "”");
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
