package vn.egov.sdk.forms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.forms.internal.SubmissionChecker;

/**
 * Exports a form as a JSON Schema 2020-12 document for front-end renderers. A submission the schema
 * refuses is refused by {@link FormValidator}; the validator also enforces the rules a schema cannot
 * express (listed in {@code docs/sdk-forms.md}: tax-code check digit, personal number vs birth date and
 * sex, attachment content and size, calendar validity of dates where {@code format} is not asserted).
 */
public final class JsonSchemaExporter {
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Regex of a valid personal number (province code and 9 more digits). */
  public static final String CITIZEN_ID_CORE = "(?:" + VnIdentifiers.PROVINCE_CODES.stream().sorted()
      .collect(Collectors.joining("|")) + ")\\d{9}";
  private static final String MOBILE_CORE = "(?:" + VnIdentifiers.MOBILE_PREFIXES.stream().sorted()
      .collect(Collectors.joining("|")) + ")\\d{7}";
  private static final String LANDLINE_CORE = "2\\d{9}";
  private static final String TAX_CORE = "\\d{2}(?!0000000)\\d{8}(?:-?(?!000)\\d{3})?";

  /** The schema with Vietnamese titles. */
  public ObjectNode export(FormDefinition form) {
    return export(form, Language.VI);
  }

  /** The schema with titles and descriptions in that language. */
  public ObjectNode export(FormDefinition form, Language language) {
    ObjectNode root = F.objectNode();
    root.put("$schema", DIALECT);
    root.put("$id", "urn:vn-egov-sdk:form:" + form.id() + ":" + form.version());
    root.put("title", form.title().in(language));
    form.description().ifPresent(d -> root.put("description", d.in(language)));
    objectBody(root, form.fields(), language);
    return root;
  }

  private void objectBody(ObjectNode target, List<FieldDefinition> fields, Language language) {
    target.put("type", "object");
    ObjectNode properties = target.putObject("properties");
    ArrayNode required = F.arrayNode();
    ArrayNode allOf = F.arrayNode();
    for (FieldDefinition f : fields) {
      properties.set(f.id(), field(f, language));
      if (f.required() && f.shownWhen().isEmpty()) {
        required.add(f.id());
      }
      f.shownWhen().ifPresent(shown -> {
        ObjectNode rule = allOf.addObject();
        rule.set("if", condition(shown));
        rule.set("then", f.required() ? requiredNow(f) : F.objectNode());
        rule.putObject("else").putObject("not").putArray("required").add(f.id());
      });
      f.requiredWhen().ifPresent(when -> {
        ObjectNode rule = allOf.addObject();
        ObjectNode cond = condition(when);
        if (f.shownWhen().isPresent()) {
          ObjectNode both = F.objectNode();
          both.putArray("allOf").add(cond).add(condition(f.shownWhen().get()));
          cond = both;
        }
        rule.set("if", cond);
        rule.set("then", requiredNow(f));
      });
    }
    if (!required.isEmpty()) {
      target.set("required", required);
    }
    target.put("additionalProperties", false);
    if (!allOf.isEmpty()) {
      target.set("allOf", allOf);
    }
  }

  private static ObjectNode condition(Condition c) {
    ObjectNode s = F.objectNode();
    c.equals().ifPresent(v -> s.putObject("properties").putObject(c.field()).put("const", v));
    s.putArray("required").add(c.field());
    return s;
  }

  private static ObjectNode requiredNow(FieldDefinition f) {
    ObjectNode s = F.objectNode();
    s.putArray("required").add(f.id());
    ObjectNode nonEmpty = s.putObject("properties").putObject(f.id());
    if (f.type().isString()) {
      nonEmpty.put("minLength", 1);
    } else if (f.type().isArray()) {
      nonEmpty.put("minItems", 1);
    }
    return s;
  }

  /** The schema of one field (Vietnamese titles). */
  public ObjectNode fieldSchema(FieldDefinition f) {
    return field(f, Language.VI);
  }

  private ObjectNode field(FieldDefinition f, Language language) {
    ObjectNode s = F.objectNode();
    s.put("title", f.label().in(language));
    f.help().ifPresent(h -> s.put("description", h.in(language)));
    int nonEmpty = f.required() ? 1 : 0;
    switch (f.type()) {
      case TEXT -> {
        s.put("type", "string");
        int min = Math.max(nonEmpty, f.minLength().orElse(0));
        if (min > 0) {
          s.put("minLength", min);
        }
        f.maxLength().ifPresent(max -> s.put("maxLength", max));
        f.pattern().ifPresent(p -> s.put("pattern", p));
      }
      case NUMBER, INTEGER -> {
        s.put("type", f.type() == FieldType.NUMBER ? "number" : "integer");
        f.minimum().ifPresent(min -> s.put("minimum", min));
        f.maximum().ifPresent(max -> s.put("maximum", max));
      }
      case DATE -> {
        s.put("type", "string");
        s.put("format", "date");
        s.put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
      }
      case EMAIL -> {
        s.put("type", "string");
        s.put("format", "email");
        s.put("pattern", SubmissionChecker.EMAIL_PATTERN);
        f.maxLength().ifPresent(max -> s.put("maxLength", max));
      }
      case PHONE -> {
        s.put("type", "string");
        String core = switch (f.phoneKind()) {
          case MOBILE -> MOBILE_CORE;
          case LANDLINE -> LANDLINE_CORE;
          case ANY -> "(?:" + MOBILE_CORE + "|" + LANDLINE_CORE + ")";
        };
        s.put("pattern", "^(?:0|\\+84)" + core + "$");
      }
      case CITIZEN_ID -> {
        s.put("type", "string");
        s.put("pattern", "^" + CITIZEN_ID_CORE + "$");
      }
      case TAX_CODE -> {
        s.put("type", "string");
        s.put("pattern", "^(?:" + TAX_CORE + (f.allowPersonalNumber() ? "|" + CITIZEN_ID_CORE : "") + ")$");
      }
      case SINGLE_CHOICE -> {
        s.put("type", "string");
        ArrayNode oneOf = s.putArray("oneOf");
        f.options().forEach(o -> oneOf.addObject().put("const", o.value()).put("title", o.label().in(language)));
      }
      case MULTIPLE_CHOICE -> {
        arrayBounds(s, f, nonEmpty);
        s.put("uniqueItems", true);
        ArrayNode oneOf = s.putObject("items").put("type", "string").putArray("oneOf");
        f.options().forEach(o -> oneOf.addObject().put("const", o.value()).put("title", o.label().in(language)));
      }
      case FILE -> {
        FileRules rules = f.files().orElseThrow();
        s.put("type", "array");
        if (nonEmpty > 0) {
          s.put("minItems", 1);
        }
        s.put("maxItems", rules.maxFiles());
        s.put("uniqueItems", true);
        ObjectNode items = s.putObject("items");
        items.put("type", "string");
        items.put("minLength", 1);
        items.put("maxLength", SubmissionChecker.MAX_FILE_NAME);
        Optional.of(rules.accept()).filter(a -> a.size() == 1)
            .ifPresent(a -> items.put("contentMediaType", a.get(0)));
      }
      case GROUP -> {
        arrayBounds(s, f, nonEmpty);
        objectBody(s.putObject("items"), f.fields(), language);
      }
    }
    return s;
  }

  private static void arrayBounds(ObjectNode s, FieldDefinition f, int nonEmpty) {
    s.put("type", "array");
    int min = Math.max(nonEmpty, f.minItems().orElse(0));
    if (min > 0) {
      s.put("minItems", min);
    }
    f.maxItems().ifPresent(max -> s.put("maxItems", max));
  }
}
