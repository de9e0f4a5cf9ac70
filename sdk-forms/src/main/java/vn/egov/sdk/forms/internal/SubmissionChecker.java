package vn.egov.sdk.forms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.egov.sdk.forms.Attachment;
import vn.egov.sdk.forms.CitizenIdLinks;
import vn.egov.sdk.forms.Condition;
import vn.egov.sdk.forms.FieldDefinition;
import vn.egov.sdk.forms.FieldType;
import vn.egov.sdk.forms.FileRules;
import vn.egov.sdk.forms.FormDefinition;
import vn.egov.sdk.core.Problem;
import vn.egov.sdk.forms.ValidationReport;
import vn.egov.sdk.forms.VnIdentifiers;

/** One validation run over one submission. */
public final class SubmissionChecker {
  /** The e-mail rule, shared with the JSON Schema export so both agree. */
  public static final String EMAIL_PATTERN =
      "^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$";
  private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** Longest file name of an attachment (UTF-16 units, as stored). */
  public static final int MAX_FILE_NAME = 255;

  private final FormDefinition form;
  private final List<Attachment> attachments;
  private final Function<String, Pattern> patterns;
  /** A broken rule before its message is written in each language. */
  private record Finding(String path, String code, Map<String, Object> params) {}

  private final List<Finding> violations = new ArrayList<>();

  /** {@code attachments} null: check the data alone; {@code patterns} compiles (and may cache) regexes. */
  public SubmissionChecker(FormDefinition form, List<Attachment> attachments, Function<String, Pattern> patterns) {
    this.form = form;
    this.attachments = attachments;
    this.patterns = patterns;
  }

  public ValidationReport check(JsonNode data) {
    if (data == null || !data.isObject()) {
      add("", "NOT_AN_OBJECT");
    } else {
      scope(form.fields(), data, "");
      if (attachments != null) {
        unexpectedAttachments(data);
      }
    }
    if (violations.isEmpty()) {
      return ValidationReport.none();
    }
    return ValidationReport.of(language -> violations.stream()
        .map(f -> new Problem(f.path(), f.code(), Messages.format(f.code(), f.params(), language))).toList());
  }

  /** An attachment no file field of the data lists is refused (nothing unlisted is stored). */
  private void unexpectedAttachments(JsonNode data) {
    Set<String> reported = new HashSet<>();
    for (Attachment a : attachments) {
      FieldDefinition field = form.fields().stream()
          .filter(f -> f.type() == FieldType.FILE && f.id().equals(a.field())).findFirst().orElse(null);
      JsonNode names = field == null ? null : data.get(field.id());
      boolean listed = names != null && names.isArray()
          && java.util.stream.StreamSupport.stream(names.spliterator(), false)
              .anyMatch(n -> n.isTextual() && n.asText().equals(a.fileName()));
      if (!listed && reported.add(a.field())) {
        add("/" + escape(a.field()), "ATTACHMENT_UNEXPECTED");
      }
    }
  }

  private void scope(List<FieldDefinition> fields, JsonNode object, String base) {
    Set<String> known = new HashSet<>();
    for (FieldDefinition f : fields) {
      known.add(f.id());
    }
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        add(base + "/" + escape(key), "UNKNOWN_FIELD");
      }
    }
    for (FieldDefinition f : fields) {
      String path = base + "/" + f.id();
      JsonNode value = object.get(f.id());
      boolean shown = f.shownWhen().map(c -> holds(c, object)).orElse(true);
      if (!shown) {
        if (value != null) {
          add(path, "NOT_APPLICABLE");
        }
        continue;
      }
      boolean requiredNow = f.required() || f.requiredWhen().map(c -> holds(c, object)).orElse(false);
      if (value == null) {
        if (requiredNow) {
          add(path, "REQUIRED");
        }
        continue;
      }
      if (requiredNow && isEmpty(f, value)) {
        add(path, "REQUIRED");
        continue;
      }
      value(f, value, path, object);
    }
  }

  private static boolean isEmpty(FieldDefinition f, JsonNode value) {
    return (f.type().isString() && value.isTextual() && value.asText().isEmpty())
        || (f.type().isArray() && value.isArray() && value.isEmpty());
  }

  /** A condition holds when its field is present and, with {@code equals}, has exactly that text. */
  public static boolean holds(Condition c, JsonNode scope) {
    JsonNode target = scope.get(c.field());
    if (target == null) {
      return false;
    }
    return c.equals().map(v -> target.isTextual() && target.asText().equals(v)).orElse(true);
  }

  private void value(FieldDefinition f, JsonNode v, String path, JsonNode scope) {
    switch (f.type()) {
      case TEXT -> text(f, v, path);
      case NUMBER -> number(f, v, path, false);
      case INTEGER -> number(f, v, path, true);
      case DATE -> {
        if (string(v, path) && !validDate(v.asText())) {
          add(path, "INVALID_DATE");
        }
      }
      case EMAIL -> {
        if (string(v, path)) {
          maxLength(f, v.asText(), path);
          if (!EMAIL.matcher(v.asText()).find()) {
            add(path, "INVALID_EMAIL");
          }
        }
      }
      case PHONE -> {
        if (string(v, path)) {
          VnIdentifiers.checkPhone(v.asText(), f.phoneKind()).ifPresent(code -> add(path, code));
        }
      }
      case CITIZEN_ID -> {
        if (string(v, path)) {
          citizenId(f, v.asText(), path, scope);
        }
      }
      case TAX_CODE -> {
        if (string(v, path)) {
          VnIdentifiers.checkTaxCode(v.asText(), f.allowPersonalNumber()).ifPresent(code -> add(path, code));
        }
      }
      case SINGLE_CHOICE -> {
        if (string(v, path) && f.option(v.asText()).isEmpty()) {
          add(path, "NOT_AN_OPTION");
        }
      }
      case MULTIPLE_CHOICE -> multipleChoice(f, v, path);
      case FILE -> files(f, v, path);
      case GROUP -> group(f, v, path);
    }
  }

  private void text(FieldDefinition f, JsonNode v, String path) {
    if (!string(v, path)) {
      return;
    }
    String s = v.asText();
    int length = s.codePointCount(0, s.length());
    f.minLength().ifPresent(min -> {
      if (length < min) {
        add(path, "TOO_SHORT", Map.of("min", min));
      }
    });
    maxLength(f, s, path);
    f.pattern().ifPresent(p -> {
      if (!patterns.apply(p).matcher(s).find()) {
        add(path, "PATTERN_MISMATCH");
      }
    });
  }

  private void maxLength(FieldDefinition f, String s, String path) {
    f.maxLength().ifPresent(max -> {
      if (s.codePointCount(0, s.length()) > max) {
        add(path, "TOO_LONG", Map.of("max", max));
      }
    });
  }

  private void number(FieldDefinition f, JsonNode v, String path, boolean integer) {
    if (!v.isNumber() || (v.isFloatingPointNumber() && !v.isBigDecimal() && !Double.isFinite(v.doubleValue()))
        || (integer && !isIntegral(v))) {
      add(path, "TYPE_MISMATCH", Map.of("expected", integer ? "integer" : "number"));
      return;
    }
    BigDecimal d = v.decimalValue();
    f.minimum().ifPresent(min -> {
      if (d.compareTo(min) < 0) {
        add(path, "BELOW_MINIMUM", Map.of("min", min.toPlainString()));
      }
    });
    f.maximum().ifPresent(max -> {
      if (d.compareTo(max) > 0) {
        add(path, "ABOVE_MAXIMUM", Map.of("max", max.toPlainString()));
      }
    });
  }

  /** JSON Schema 2020-12: a number with a zero fractional part is an integer. */
  static boolean isIntegral(JsonNode v) {
    if (v.isIntegralNumber()) {
      return true;
    }
    BigDecimal d = v.decimalValue();
    return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
  }

  private void citizenId(FieldDefinition f, String id, String path, JsonNode scope) {
    Optional<String> broken = VnIdentifiers.checkCitizenId(id);
    if (broken.isPresent()) {
      add(path, broken.get());
      return;
    }
    if (f.citizenIdLinks().isEmpty()) {
      return;
    }
    CitizenIdLinks links = f.citizenIdLinks().get();
    VnIdentifiers.PersonalNumber pn = VnIdentifiers.parseCitizenId(id);
    links.birthDateField().map(scope::get).filter(JsonNode::isTextual).map(JsonNode::asText)
        .filter(SubmissionChecker::validDate)
        .ifPresent(date -> {
          if (LocalDate.parse(date).getYear() != pn.birthYear()) {
            add(path, "CITIZEN_ID_BIRTH_YEAR_MISMATCH");
          }
        });
    links.sexField().map(scope::get).filter(JsonNode::isTextual).map(JsonNode::asText).ifPresent(sex -> {
      if ((sex.equals(links.maleValue()) && !pn.male()) || (sex.equals(links.femaleValue()) && pn.male())) {
        add(path, "CITIZEN_ID_SEX_MISMATCH");
      }
    });
  }

  private void multipleChoice(FieldDefinition f, JsonNode v, String path) {
    if (!array(f, v, path)) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      String ipath = path + "/" + i;
      if (!string(item, ipath)) {
        continue;
      }
      if (f.option(item.asText()).isEmpty()) {
        add(ipath, "NOT_AN_OPTION");
      } else if (!seen.add(item.asText())) {
        add(ipath, "DUPLICATE_CHOICE");
      }
    }
  }

  private void files(FieldDefinition f, JsonNode v, String path) {
    FileRules rules = f.files().orElseThrow();
    if (!v.isArray()) {
      add(path, "TYPE_MISMATCH", Map.of("expected", "array"));
      return;
    }
    if (v.size() > rules.maxFiles()) {
      add(path, "TOO_MANY_ITEMS", Map.of("max", rules.maxFiles()));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      String ipath = path + "/" + i;
      if (!string(item, ipath)) {
        continue;
      }
      if (item.asText().isEmpty() || item.asText().length() > MAX_FILE_NAME) {
        add(ipath, "INVALID_FILE_NAME", Map.of("max", MAX_FILE_NAME));
        continue;
      }
      if (!seen.add(item.asText())) {
        add(ipath, "DUPLICATE_CHOICE");
        continue;
      }
      if (attachments != null) {
        attachment(f.id(), rules, item.asText(), ipath);
      }
    }
  }

  private void attachment(String field, FileRules rules, String name, String path) {
    Optional<Attachment> found = attachments.stream()
        .filter(a -> a.field().equals(field) && a.fileName().equals(name)).findFirst();
    if (found.isEmpty()) {
      add(path, "ATTACHMENT_MISSING");
      return;
    }
    Attachment a = found.get();
    if (a.size() > rules.maxBytes()) {
      add(path, "ATTACHMENT_TOO_LARGE", Map.of("max", rules.maxBytes()));
    }
    if (!rules.accept().contains(a.mediaType())) {
      add(path, "ATTACHMENT_TYPE_NOT_ALLOWED");
    } else if (!FileTypes.matches(a.mediaType(), a.content())) {
      add(path, "ATTACHMENT_CONTENT_MISMATCH");
    }
  }

  private void group(FieldDefinition f, JsonNode v, String path) {
    if (!array(f, v, path)) {
      return;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      if (!item.isObject()) {
        add(path + "/" + i, "TYPE_MISMATCH", Map.of("expected", "object"));
      } else {
        scope(f.fields(), item, path + "/" + i);
      }
    }
  }

  private boolean array(FieldDefinition f, JsonNode v, String path) {
    if (!v.isArray()) {
      add(path, "TYPE_MISMATCH", Map.of("expected", "array"));
      return false;
    }
    f.minItems().ifPresent(min -> {
      if (v.size() < min) {
        add(path, "TOO_FEW_ITEMS", Map.of("min", min));
      }
    });
    f.maxItems().ifPresent(max -> {
      if (v.size() > max) {
        add(path, "TOO_MANY_ITEMS", Map.of("max", max));
      }
    });
    return true;
  }

  private boolean string(JsonNode v, String path) {
    if (!v.isTextual()) {
      add(path, "TYPE_MISMATCH", Map.of("expected", "string"));
      return false;
    }
    return true;
  }

  static boolean validDate(String s) {
    if (!DATE.matcher(s).matches()) {
      return false;
    }
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Escapes a key for a JSON Pointer (RFC 6901). */
  public static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private void add(String path, String code) {
    violations.add(new Finding(path, code, Map.of()));
  }

  private void add(String path, String code, Map<String, Object> params) {
    violations.add(new Finding(path, code, Map.copyOf(params)));
  }
}
