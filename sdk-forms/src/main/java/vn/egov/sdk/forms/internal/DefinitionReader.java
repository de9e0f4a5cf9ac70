package vn.egov.sdk.forms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.LocalizedText;
import vn.egov.sdk.core.Problem;
import vn.egov.sdk.core.units.AdministrativeUnits;
import vn.egov.sdk.core.units.Province;
import vn.egov.sdk.forms.ChoiceOption;
import vn.egov.sdk.forms.CitizenIdLinks;
import vn.egov.sdk.forms.Condition;
import vn.egov.sdk.forms.FieldDefinition;
import vn.egov.sdk.forms.FieldType;
import vn.egov.sdk.forms.FileRules;
import vn.egov.sdk.forms.FormDefinition;
import vn.egov.sdk.forms.FormDefinitions;
import vn.egov.sdk.forms.InvalidFormDefinitionException;
import vn.egov.sdk.forms.PhoneKind;
import vn.egov.sdk.forms.Section;

/** Reads a definition tree, collecting every problem before refusing it. Not thread-safe; use once. */
public final class DefinitionReader {
  private static final Pattern FORM_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Pattern FIELD_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final Pattern PROCEDURE_CODE = Pattern.compile("\\d\\.\\d{6}(\\.[0-9A-Z.]+)?");
  private static final Set<String> FORM_KEYS =
      Set.of("formatVersion", "id", "version", "procedureCode", "title", "description", "sections");
  private static final Set<String> SECTION_KEYS = Set.of("id", "title", "fields");
  private static final Set<String> COMMON_KEYS =
      Set.of("id", "type", "label", "help", "required", "requiredWhen", "shownWhen");
  private static final Map<FieldType, Set<String>> TYPE_KEYS = Map.ofEntries(
      Map.entry(FieldType.TEXT, Set.of("minLength", "maxLength", "pattern")),
      Map.entry(FieldType.NUMBER, Set.of("minimum", "maximum")),
      Map.entry(FieldType.INTEGER, Set.of("minimum", "maximum")),
      Map.entry(FieldType.DATE, Set.of()),
      Map.entry(FieldType.EMAIL, Set.of("maxLength")),
      Map.entry(FieldType.PHONE, Set.of("phoneKind")),
      Map.entry(FieldType.CITIZEN_ID, Set.of("birthDateField", "sexField", "maleValue", "femaleValue")),
      Map.entry(FieldType.TAX_CODE, Set.of("allowPersonalNumber")),
      Map.entry(FieldType.SINGLE_CHOICE, Set.of("options", "optionsFrom")),
      Map.entry(FieldType.MULTIPLE_CHOICE, Set.of("options", "optionsFrom", "minItems", "maxItems")),
      Map.entry(FieldType.FILE, Set.of("accept", "maxBytes", "maxFiles")),
      Map.entry(FieldType.GROUP, Set.of("fields", "minItems", "maxItems")));

  private static final AdministrativeUnits UNITS = AdministrativeUnits.vietnam();
  private final List<Problem> problems = new ArrayList<>();

  public FormDefinition read(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new InvalidFormDefinitionException(List.of(new Problem("", "NOT_AN_OBJECT", "a form definition is a JSON object")));
    }
    unknownKeys(root, "", FORM_KEYS);
    JsonNode fv = root.get("formatVersion");
    if (fv == null || !fv.isIntegralNumber() || fv.asInt() != FormDefinitions.FORMAT_VERSION) {
      problem("/formatVersion", "UNSUPPORTED_FORMAT", "must be " + FormDefinitions.FORMAT_VERSION);
    }
    String id = text(root, "", "id", true).orElse("");
    if (!id.isEmpty() && !FORM_ID.matcher(id).matches()) {
      problem("/id", "INVALID_ID", "must be lower-case letters, digits and '-' (at most 64)");
    }
    String version = text(root, "", "version", true).orElse("");
    String procedure = text(root, "", "procedureCode", true).orElse("");
    if (!procedure.isEmpty() && !PROCEDURE_CODE.matcher(procedure).matches()) {
      problem("/procedureCode", "INVALID_PROCEDURE_CODE", "must be a national procedure code such as 1.001193");
    }
    LocalizedText title = localized(root, "", "title", true).orElse(null);
    Optional<LocalizedText> description = localized(root, "", "description", false);
    List<Section> sections = new ArrayList<>();
    JsonNode sectionsNode = root.get("sections");
    if (sectionsNode == null || !sectionsNode.isArray() || sectionsNode.isEmpty()) {
      problem("/sections", "TOO_FEW_ITEMS", "must be a non-empty array");
    } else {
      Set<String> sectionIds = new HashSet<>();
      List<FieldDefinition> all = new ArrayList<>();
      List<String> allPaths = new ArrayList<>();
      for (int i = 0; i < sectionsNode.size(); i++) {
        String path = "/sections/" + i;
        JsonNode s = sectionsNode.get(i);
        if (!s.isObject()) {
          problem(path, "NOT_AN_OBJECT", "a section is an object");
          continue;
        }
        unknownKeys(s, path, SECTION_KEYS);
        String sid = text(s, path, "id", true).orElse("");
        if (!sid.isEmpty() && !FIELD_ID.matcher(sid).matches()) {
          problem(path + "/id", "INVALID_ID", "must start with a letter and hold letters, digits or '_' (at most 64)");
        }
        if (!sid.isEmpty() && !sectionIds.add(sid)) {
          problem(path + "/id", "DUPLICATE", "duplicate section id '" + sid + "'");
        }
        LocalizedText stitle = localized(s, path, "title", true).orElse(null);
        List<FieldDefinition> fields = fieldList(s, path, false, all, allPaths);
        if (stitle != null) {
          sections.add(new Section(sid, stitle, fields));
        }
      }
      checkScope(all, allPaths);
    }
    if (!problems.isEmpty() || title == null) {
      if (problems.isEmpty()) {
        problem("/title", "REQUIRED", "is missing");
      }
      throw new InvalidFormDefinitionException(problems);
    }
    return new FormDefinition(fv.asInt(), id, version, procedure, title, description, sections,
        (ObjectNode) root);
  }

  /** Reads a "fields" array; {@code scope}/{@code scopePaths} collect the fields that share a scope. */
  private List<FieldDefinition> fieldList(JsonNode parent, String path, boolean inGroup,
      List<FieldDefinition> scope, List<String> scopePaths) {
    List<FieldDefinition> fields = new ArrayList<>();
    JsonNode node = parent.get("fields");
    if (node == null || !node.isArray() || node.isEmpty()) {
      problem(path + "/fields", "TOO_FEW_ITEMS", "must be a non-empty array");
      return fields;
    }
    for (int i = 0; i < node.size(); i++) {
      String fpath = path + "/fields/" + i;
      field(node.get(i), fpath, inGroup).ifPresent(f -> {
        fields.add(f);
        scope.add(f);
        scopePaths.add(fpath);
      });
    }
    return fields;
  }

  private Optional<FieldDefinition> field(JsonNode f, String path, boolean inGroup) {
    if (!f.isObject()) {
      problem(path, "NOT_AN_OBJECT", "a field is an object");
      return Optional.empty();
    }
    String id = text(f, path, "id", true).orElse("");
    if (!id.isEmpty() && !FIELD_ID.matcher(id).matches()) {
      problem(path + "/id", "INVALID_ID", "must start with a letter and hold letters, digits or '_' (at most 64)");
    }
    Optional<FieldType> type = text(f, path, "type", true).flatMap(t -> {
      Optional<FieldType> known = FieldType.fromJsonName(t);
      if (known.isEmpty()) {
        problem(path + "/type", "NOT_AN_OPTION", "unknown field type '" + t + "'");
      }
      return known;
    });
    Optional<LocalizedText> label = localized(f, path, "label", true);
    Optional<LocalizedText> help = localized(f, path, "help", false);
    boolean required = bool(f, path, "required");
    Optional<Condition> requiredWhen = condition(f, path, "requiredWhen");
    Optional<Condition> shownWhen = condition(f, path, "shownWhen");
    if (type.isEmpty()) {
      return Optional.empty();
    }
    FieldType t = type.get();
    Set<String> allowed = new HashSet<>(COMMON_KEYS);
    allowed.addAll(TYPE_KEYS.get(t));
    unknownKeys(f, path, allowed);
    Optional<BigDecimal> min = decimal(f, path, "minimum");
    Optional<BigDecimal> max = decimal(f, path, "maximum");
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
      problem(path, "RANGE_INVERTED", "minimum is greater than maximum");
    }
    OptionalInt minLength = count(f, path, "minLength");
    OptionalInt maxLength = count(f, path, "maxLength");
    orderedCounts(path, "minLength", minLength, "maxLength", maxLength);
    Optional<String> pattern = text(f, path, "pattern", false);
    pattern.ifPresent(p -> {
      try {
        Pattern.compile(p);
      } catch (PatternSyntaxException e) {
        problem(path + "/pattern", "INVALID_PATTERN", "is not a valid regular expression");
      }
    });
    OptionalInt minItems = count(f, path, "minItems");
    OptionalInt maxItems = count(f, path, "maxItems");
    orderedCounts(path, "minItems", minItems, "maxItems", maxItems);
    List<ChoiceOption> options = List.of();
    if (t == FieldType.SINGLE_CHOICE || t == FieldType.MULTIPLE_CHOICE) {
      options = options(f, path);
    }
    List<FieldDefinition> groupFields = List.of();
    if (t == FieldType.GROUP) {
      if (inGroup) {
        problem(path + "/type", "NESTING_NOT_ALLOWED", "a repeating group cannot contain another group");
      } else {
        List<FieldDefinition> scope = new ArrayList<>();
        List<String> scopePaths = new ArrayList<>();
        groupFields = fieldList(f, path, true, scope, scopePaths);
        checkScope(scope, scopePaths);
      }
    }
    Optional<FileRules> files = Optional.empty();
    if (t == FieldType.FILE) {
      if (inGroup) {
        problem(path + "/type", "NESTING_NOT_ALLOWED", "file fields are not allowed inside a repeating group");
      }
      files = fileRules(f, path);
    }
    PhoneKind phoneKind = PhoneKind.ANY;
    Optional<String> kind = text(f, path, "phoneKind", false);
    if (kind.isPresent()) {
      switch (kind.get()) {
        case "mobile" -> phoneKind = PhoneKind.MOBILE;
        case "landline" -> phoneKind = PhoneKind.LANDLINE;
        case "any" -> phoneKind = PhoneKind.ANY;
        default -> problem(path + "/phoneKind", "NOT_AN_OPTION", "must be mobile, landline or any");
      }
    }
    boolean allowPersonal = bool(f, path, "allowPersonalNumber");
    Optional<CitizenIdLinks> links = Optional.empty();
    if (t == FieldType.CITIZEN_ID && (f.has("birthDateField") || f.has("sexField"))) {
      links = Optional.of(new CitizenIdLinks(text(f, path, "birthDateField", false),
          text(f, path, "sexField", false), text(f, path, "maleValue", false).orElse("male"),
          text(f, path, "femaleValue", false).orElse("female")));
    }
    if (label.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FieldDefinition(id, t, label.get(), help, required, requiredWhen, shownWhen,
        min, max, minLength, maxLength, pattern, options, minItems, maxItems, groupFields, files,
        phoneKind, allowPersonal, links));
  }

  /** Ids unique in a scope; conditions and citizen-id links point at fitting fields of it. */
  private void checkScope(List<FieldDefinition> fields, List<String> paths) {
    Map<String, FieldDefinition> byId = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      FieldDefinition f = fields.get(i);
      if (byId.putIfAbsent(f.id(), f) != null) {
        problem(paths.get(i) + "/id", "DUPLICATE", "duplicate field id '" + f.id() + "'");
      }
    }
    for (int i = 0; i < fields.size(); i++) {
      FieldDefinition f = fields.get(i);
      String path = paths.get(i);
      checkCondition(f, f.requiredWhen(), path + "/requiredWhen", byId);
      checkCondition(f, f.shownWhen(), path + "/shownWhen", byId);
      f.citizenIdLinks().ifPresent(l -> {
        l.birthDateField().ifPresent(b -> {
          FieldDefinition target = byId.get(b);
          if (target == null || target.type() != FieldType.DATE) {
            problem(path + "/birthDateField", "UNKNOWN_REFERENCE", "must name a date field of the same scope");
          }
        });
        l.sexField().ifPresent(s -> {
          FieldDefinition target = byId.get(s);
          if (target == null || target.type() != FieldType.SINGLE_CHOICE
              || target.option(l.maleValue()).isEmpty() || target.option(l.femaleValue()).isEmpty()) {
            problem(path + "/sexField", "UNKNOWN_REFERENCE",
                "must name a single-choice field of the same scope with the maleValue and femaleValue options");
          }
        });
      });
    }
  }

  private void checkCondition(FieldDefinition owner, Optional<Condition> condition, String path,
      Map<String, FieldDefinition> scope) {
    condition.ifPresent(c -> {
      FieldDefinition target = scope.get(c.field());
      if (target == null || target == owner) {
        problem(path + "/field", "UNKNOWN_REFERENCE", "must name another field of the same scope");
        return;
      }
      if (c.equals().isPresent()) {
        if (!target.type().isString()) {
          problem(path + "/equals", "NOT_COMPARABLE", "only fields with a single text value can be compared");
        } else if (target.type() == FieldType.SINGLE_CHOICE && target.option(c.equals().get()).isEmpty()) {
          problem(path + "/equals", "NOT_AN_OPTION", "is not an option of '" + c.field() + "'");
        }
      }
    });
  }

  private Optional<Condition> condition(JsonNode f, String path, String key) {
    JsonNode c = f.get(key);
    if (c == null) {
      return Optional.empty();
    }
    String cpath = path + "/" + key;
    if (!c.isObject()) {
      problem(cpath, "NOT_AN_OBJECT", "must be an object {\"field\":…, \"equals\"?:…}");
      return Optional.empty();
    }
    unknownKeys(c, cpath, Set.of("field", "equals"));
    Optional<String> field = text(c, cpath, "field", true);
    Optional<String> equals = text(c, cpath, "equals", false);
    return field.map(name -> new Condition(name, equals));
  }

  private List<ChoiceOption> options(JsonNode f, String path) {
    if (f.has("optionsFrom")) {
      if (f.has("options")) {
        problem(path + "/options", "CONFLICTING_KEYS", "give options or optionsFrom, not both");
      }
      return optionsFrom(f.get("optionsFrom"), path + "/optionsFrom");
    }
    List<ChoiceOption> options = new ArrayList<>();
    JsonNode node = f.get("options");
    if (node == null || !node.isArray() || node.isEmpty()) {
      problem(path + "/options", "TOO_FEW_ITEMS", "must be a non-empty array");
      return options;
    }
    Set<String> values = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String opath = path + "/options/" + i;
      JsonNode o = node.get(i);
      if (!o.isObject()) {
        problem(opath, "NOT_AN_OBJECT", "an option is an object {\"value\",\"label\"}");
        continue;
      }
      unknownKeys(o, opath, Set.of("value", "label"));
      Optional<String> value = text(o, opath, "value", true);
      Optional<LocalizedText> label = localized(o, opath, "label", true);
      value.ifPresent(v -> {
        if (!values.add(v)) {
          problem(opath + "/value", "DUPLICATE", "duplicate option value '" + v + "'");
        }
      });
      if (value.isPresent() && label.isPresent()) {
        options.add(new ChoiceOption(value.get(), label.get()));
      }
    }
    return options;
  }

  /**
   * Options from sdk-core's administrative units: {@code "provinces"} (the 34 provincial units in
   * force since 1 July 2025) or {@code "provinces@YYYY-MM-DD"} (those in force that day, e.g. the 63
   * before the 2025 arrangement); the value is the 2-digit unit code, the label the full name.
   */
  private List<ChoiceOption> optionsFrom(JsonNode node, String path) {
    String source = node != null && node.isTextual() ? node.asText() : "";
    List<Province> provinces;
    if (source.equals("provinces")) {
      provinces = UNITS.provinces();
    } else if (source.startsWith("provinces@")) {
      LocalDate day;
      try {
        day = LocalDate.parse(source.substring("provinces@".length()));
      } catch (DateTimeParseException e) {
        problem(path, "INVALID_DATE", "the date of provinces@YYYY-MM-DD is not a date");
        return List.of();
      }
      provinces = UNITS.provinces(day);
      if (provinces.isEmpty()) {
        problem(path, "UNKNOWN_OPTION_SOURCE", "no provincial unit is known for " + day);
        return List.of();
      }
    } else {
      problem(path, "UNKNOWN_OPTION_SOURCE", "must be \"provinces\" or \"provinces@YYYY-MM-DD\"");
      return List.of();
    }
    return provinces.stream().map(p -> new ChoiceOption(p.code(),
        LocalizedText.of(p.fullName(Language.VI), p.fullName(Language.EN)))).toList();
  }

  private Optional<FileRules> fileRules(JsonNode f, String path) {
    List<String> accept = new ArrayList<>();
    JsonNode node = f.get("accept");
    if (node == null || !node.isArray() || node.isEmpty()) {
      problem(path + "/accept", "TOO_FEW_ITEMS", "must be a non-empty array of media types");
    } else {
      for (int i = 0; i < node.size(); i++) {
        String type = node.get(i).asText("");
        if (!node.get(i).isTextual() || !FileTypes.supported(type)) {
          problem(path + "/accept/" + i, "NOT_AN_OPTION", "must be one of " + FileTypes.SUPPORTED);
        } else {
          accept.add(type);
        }
      }
    }
    OptionalInt maxFiles = count(f, path, "maxFiles");
    JsonNode maxBytes = f.get("maxBytes");
    if (maxBytes == null || !maxBytes.canConvertToLong() || !maxBytes.isIntegralNumber() || maxBytes.asLong() < 1) {
      problem(path + "/maxBytes", "NOT_POSITIVE", "must be a positive whole number of bytes");
      return Optional.empty();
    }
    if (maxFiles.isPresent() && maxFiles.getAsInt() < 1) {
      problem(path + "/maxFiles", "NOT_POSITIVE", "must be at least 1");
      return Optional.empty();
    }
    return accept.isEmpty() ? Optional.empty()
        : Optional.of(new FileRules(accept, maxBytes.asLong(), maxFiles.orElse(1)));
  }

  private void orderedCounts(String path, String lowName, OptionalInt low, String highName, OptionalInt high) {
    if (low.isPresent() && high.isPresent() && low.getAsInt() > high.getAsInt()) {
      problem(path, "RANGE_INVERTED", lowName + " is greater than " + highName);
    }
  }

  private Optional<String> text(JsonNode parent, String path, String key, boolean required) {
    JsonNode v = parent.get(key);
    if (v == null) {
      if (required) {
        problem(path + "/" + key, "REQUIRED", "is missing");
      }
      return Optional.empty();
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      problem(path + "/" + key, "TYPE_MISMATCH", "must be a non-empty string");
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  private Optional<LocalizedText> localized(JsonNode parent, String path, String key, boolean required) {
    JsonNode v = parent.get(key);
    if (v == null) {
      if (required) {
        problem(path + "/" + key, "REQUIRED", "is missing");
      }
      return Optional.empty();
    }
    String lpath = path + "/" + key;
    if (!v.isObject()) {
      problem(lpath, "NOT_AN_OBJECT", "must be an object {\"vi\":…, \"en\":…}");
      return Optional.empty();
    }
    unknownKeys(v, lpath, Set.of("vi", "en"));
    Optional<String> vi = text(v, lpath, "vi", true);
    Optional<String> en = text(v, lpath, "en", true);
    return vi.isPresent() && en.isPresent() ? Optional.of(LocalizedText.of(vi.get(), en.get())) : Optional.empty();
  }

  private boolean bool(JsonNode parent, String path, String key) {
    JsonNode v = parent.get(key);
    if (v != null && !v.isBoolean()) {
      problem(path + "/" + key, "TYPE_MISMATCH", "must be true or false");
    }
    return v != null && v.asBoolean(false);
  }

  private Optional<BigDecimal> decimal(JsonNode parent, String path, String key) {
    JsonNode v = parent.get(key);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isNumber()) {
      problem(path + "/" + key, "TYPE_MISMATCH", "must be a number");
      return Optional.empty();
    }
    return Optional.of(v.decimalValue());
  }

  private OptionalInt count(JsonNode parent, String path, String key) {
    JsonNode v = parent.get(key);
    if (v == null) {
      return OptionalInt.empty();
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0) {
      problem(path + "/" + key, "TYPE_MISMATCH", "must be a whole number ≥ 0");
      return OptionalInt.empty();
    }
    return OptionalInt.of(v.asInt());
  }

  private void unknownKeys(JsonNode node, String path, Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        problem(path + "/" + SubmissionChecker.escape(k), "UNKNOWN_PROPERTY", "unknown property");
      }
    }
  }

  private void problem(String path, String code, String message) {
    problems.add(new Problem(path, code, message));
  }
}
