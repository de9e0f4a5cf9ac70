package vn.egov.sdk.core.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.egov.sdk.core.AdminLevel;
import vn.egov.sdk.core.Agency;
import vn.egov.sdk.core.catalog.CatalogFormatException;
import vn.egov.sdk.core.Channel;
import vn.egov.sdk.core.ChannelType;
import vn.egov.sdk.core.DossierDocument;
import vn.egov.sdk.core.DossierGroup;
import vn.egov.sdk.core.Fee;
import vn.egov.sdk.core.LegalBasis;
import vn.egov.sdk.core.Problem;
import vn.egov.sdk.core.ProcessingTime;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.ResultDelivery;
import vn.egov.sdk.core.ServiceCapabilities;

/**
 * Reads the catalog JSON format (docs/sdk-core.md) and collects every problem with its JSON path
 * before anything is built. One reader reads one document.
 */
public final class CatalogReader {
  /** The value of the top-level {@code format} member this reader understands. */
  public static final String FORMAT = "vn.egov.sdk/catalog/1";

  private static final ObjectMapper MAPPER = mapper();

  /** What a catalog document contains once read without problems. */
  public record Contents(List<Agency> agencies, List<Procedure> procedures) {}

  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Agency> agencies = new LinkedHashMap<>();

  private CatalogReader() {}

  private static ObjectMapper mapper() {
    JsonMapper m = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(64).maxStringLength(1_000_000).build());
    return m;
  }

  /** Reads a whole document; throws {@link CatalogFormatException} listing every problem. */
  public static Contents read(InputStream in) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonParseException e) {
      var loc = e.getLocation();
      throw new CatalogFormatException(List.of(new Problem("", "NOT_JSON",
          "not valid JSON near line " + loc.getLineNr() + ", column " + loc.getColumnNr())));
    }
    if (root == null || root.isMissingNode()) {
      throw new CatalogFormatException(List.of(new Problem("", "EMPTY_DOCUMENT", "the document is empty")));
    }
    return new CatalogReader().document(root);
  }

  private Contents document(JsonNode root) {
    if (!root.isObject()) {
      fail("", "NOT_AN_OBJECT", "must be an object");
    }
    known(root, "", Set.of("format", "sample", "title", "agencies", "procedures"));
    String format = text(root, "", "format", true);
    if (format != null && !format.equals(FORMAT)) {
      problem("/format", "UNSUPPORTED_FORMAT", "must be \"" + FORMAT + "\"");
    }
    text(root, "", "title", false);
    if (root.has("sample") && !root.get("sample").isBoolean()) {
      problem("/sample", "TYPE_MISMATCH", "must be true or false");
    }
    forEachOf(root, "", "agencies", this::agency);
    List<Procedure> procedures = new ArrayList<>();
    Map<String, String> codes = new HashMap<>();
    forEachOf(root, "", "procedures", (node, path) -> {
      String code = node.path("code").asText(null);
      if (code != null) {
        String earlier = codes.putIfAbsent(code, path);
        if (earlier != null) {
          problem(path + "/code", "DUPLICATE", "duplicate code " + code + ", first used at " + earlier);
        }
      }
      Procedure p = procedure(node, path);
      if (p != null) {
        procedures.add(p);
      }
    });
    if (!problems.isEmpty()) {
      throw new CatalogFormatException(problems);
    }
    return new Contents(List.copyOf(agencies.values()), procedures);
  }

  private void agency(JsonNode node, String path) {
    if (!object(node, path)) {
      return;
    }
    known(node, path, Set.of("code", "name", "level"));
    String code = text(node, path, "code", true);
    String name = text(node, path, "name", true);
    AdminLevel level = enumValue(node, path, "level", AdminLevel.class, true);
    if (code != null && check(path + "/code", "INVALID_UNIT_CODE", Rules.unitCode(code)) && name != null && level != null) {
      Agency agency = new Agency(code, name, level);
      if (agencies.putIfAbsent(code, agency) != null) {
        problem(path + "/code", "DUPLICATE", "duplicate agency code " + code);
      }
    }
  }

  private Procedure procedure(JsonNode node, String path) {
    if (!object(node, path)) {
      return null;
    }
    int before = problems.size();
    known(node, path, Set.of("code", "localCode", "decisionNumber", "name", "description", "type",
        "field", "adminLevel", "competentAgency", "implementingAgencies", "delegatedAgencies",
        "coordinatingAgencies", "steps", "channels", "dossier", "subjects", "results", "requirements",
        "legalBasis", "capabilities"));
    String code = text(node, path, "code", true);
    if (code != null) {
      check(path + "/code", "INVALID_PROCEDURE_CODE", Rules.nationalCode(code));
    }
    String localCode = text(node, path, "localCode", false);
    if (localCode != null) {
      check(path + "/localCode", "INVALID_LOCAL_CODE", Rules.localCode(localCode));
    }
    String decision = text(node, path, "decisionNumber", true);
    String name = text(node, path, "name", true);
    String description = text(node, path, "description", false);
    String type = text(node, path, "type", true);
    String field = text(node, path, "field", true);
    AdminLevel level = enumValue(node, path, "adminLevel", AdminLevel.class, true);
    Agency competent = agencyRef(node.get("competentAgency"), path + "/competentAgency", true);
    List<Agency> implementing = agencyRefs(node, path, "implementingAgencies");
    List<Agency> delegated = agencyRefs(node, path, "delegatedAgencies");
    List<Agency> coordinating = agencyRefs(node, path, "coordinatingAgencies");
    List<String> steps = texts(node, path, "steps", true);
    List<Channel> channels = eachOf(node, path, "channels", true, this::channel);
    List<DossierGroup> dossier = eachOf(node, path, "dossier", true, this::dossierGroup);
    List<String> subjects = texts(node, path, "subjects", true);
    List<String> results = texts(node, path, "results", false);
    List<String> requirements = texts(node, path, "requirements", false);
    List<LegalBasis> legal = eachOf(node, path, "legalBasis", false, this::legalBasis);
    ServiceCapabilities caps = capabilities(node.get("capabilities"), path + "/capabilities");
    if (caps != null) {
      check(path + "/channels", "CHANNELS_INCONSISTENT", Procedure.channelProblem(channels, caps));
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      return new Procedure(code, Optional.ofNullable(localCode), decision, name, description, type,
          field, level, competent, implementing.isEmpty() ? List.of(competent) : implementing,
          delegated, coordinating, steps, channels, dossier, subjects, results, requirements, legal,
          caps);
    } catch (IllegalArgumentException e) {
      String[] parts = e.getMessage().split(": ", 2);
      problem(parts.length == 2 ? path + "/" + parts[0] : path, "INVALID_VALUE", parts[parts.length - 1]);
      return null;
    }
  }

  private Channel channel(JsonNode node, String path) {
    if (!object(node, path)) {
      return null;
    }
    known(node, path, Set.of("type", "processingTime", "fees", "note"));
    ChannelType type = enumValue(node, path, "type", ChannelType.class, true);
    ProcessingTime time = processingTime(node.get("processingTime"), path + "/processingTime");
    List<Fee> fees = eachOf(node, path, "fees", false, this::fee);
    String note = text(node, path, "note", false);
    return type == null || time == null ? null : new Channel(type, time, fees, note);
  }

  private ProcessingTime processingTime(JsonNode node, String path) {
    if (node == null) {
      problem(path, "REQUIRED", "is required");
      return null;
    }
    if (!object(node, path)) {
      return null;
    }
    known(node, path, Set.of("amount", "unit"));
    Integer amount = integer(node, path, "amount", true);
    ProcessingTime.Unit unit = enumValue(node, path, "unit", ProcessingTime.Unit.class, true);
    if (amount != null && !check(path + "/amount", "NOT_POSITIVE", Rules.positive(amount))) {
      return null;
    }
    return amount == null || unit == null ? null : new ProcessingTime(amount, unit);
  }

  private Fee fee(JsonNode node, String path) {
    if (!object(node, path)) {
      return null;
    }
    known(node, path, Set.of("description", "amount", "currency"));
    String description = text(node, path, "description", true);
    BigDecimal amount = null;
    JsonNode a = node.get("amount");
    boolean ok = true;
    if (a != null && !a.isNull()) {
      if (!a.isNumber()) {
        ok = problem(path + "/amount", "TYPE_MISMATCH", "must be a number or null");
      } else {
        amount = a.decimalValue();
        ok = check(path + "/amount", "NEGATIVE", Rules.notNegative(amount));
      }
    }
    String currency = node.has("currency") ? text(node, path, "currency", true) : "VND";
    ok &= currency != null && check(path + "/currency", "INVALID_CURRENCY", Rules.currency(currency));
    return ok && description != null ? new Fee(description, amount, currency) : null;
  }

  private DossierGroup dossierGroup(JsonNode node, String path) {
    if (!object(node, path)) {
      return null;
    }
    known(node, path, Set.of("condition", "documents"));
    String condition = text(node, path, "condition", false);
    List<DossierDocument> documents = eachOf(node, path, "documents", true, this::document);
    return documents.isEmpty() ? null : new DossierGroup(condition, documents);
  }

  private DossierDocument document(JsonNode node, String path) {
    if (!object(node, path)) {
      return null;
    }
    known(node, path, Set.of("name", "form", "originals", "copies", "electronic"));
    String name = text(node, path, "name", true);
    String form = text(node, path, "form", false);
    Integer originals = count(node, path, "originals");
    Integer copies = count(node, path, "copies");
    Integer electronic = count(node, path, "electronic");
    if (name == null || originals == null || copies == null || electronic == null) {
      return null;
    }
    if (originals + copies + electronic == 0) {
      problem(path, "NO_COPIES", "at least one original, copy or electronic copy is needed");
      return null;
    }
    return new DossierDocument(name, Optional.ofNullable(form), originals, copies, electronic);
  }

  private Integer count(JsonNode node, String path, String name) {
    if (!node.has(name)) {
      return 0;
    }
    Integer value = integer(node, path, name, true);
    return value != null && check(path + "/" + name, "NEGATIVE", Rules.notNegative(value)) ? value : null;
  }

  private LegalBasis legalBasis(JsonNode node, String path) {
    if (!object(node, path)) {
      return null;
    }
    known(node, path, Set.of("number", "summary", "issuedOn", "issuer"));
    String number = text(node, path, "number", true);
    String summary = text(node, path, "summary", true);
    String issued = text(node, path, "issuedOn", true);
    String issuer = text(node, path, "issuer", true);
    LocalDate date = null;
    if (issued != null) {
      try {
        date = LocalDate.parse(issued);
      } catch (DateTimeParseException e) {
        problem(path + "/issuedOn", "INVALID_DATE", "must be a date YYYY-MM-DD");
      }
    }
    return number == null || summary == null || date == null || issuer == null
        ? null : new LegalBasis(number, summary, date, issuer);
  }

  private ServiceCapabilities capabilities(JsonNode node, String path) {
    if (node == null) {
      problem(path, "REQUIRED", "is required");
      return null;
    }
    if (!object(node, path)) {
      return null;
    }
    known(node, path, Set.of("informationPublished", "formsDownloadable", "onlineSubmission",
        "onlineProcessing", "onlinePayment", "resultDelivery", "presenceRequired"));
    Boolean info = bool(node, path, "informationPublished");
    Boolean forms = bool(node, path, "formsDownloadable");
    Boolean submission = bool(node, path, "onlineSubmission");
    Boolean processing = bool(node, path, "onlineProcessing");
    Boolean payment = bool(node, path, "onlinePayment");
    Boolean presence = bool(node, path, "presenceRequired");
    List<ResultDelivery> delivery = eachOf(node, path, "resultDelivery", true,
        (n, p) -> enumOf(n, p, ResultDelivery.class));
    if (info == null || forms == null || submission == null || processing == null
        || payment == null || presence == null || delivery.isEmpty()) {
      return null;
    }
    return new ServiceCapabilities(info, forms, submission, processing, payment,
        EnumSet.copyOf(delivery), presence);
  }

  private Agency agencyRef(JsonNode node, String path, boolean required) {
    if (node == null || node.isNull()) {
      if (required) {
        problem(path, "REQUIRED", "is required");
      }
      return null;
    }
    if (!node.isTextual()) {
      problem(path, "TYPE_MISMATCH", "must be the unit code of an agency listed in /agencies");
      return null;
    }
    Agency agency = agencies.get(node.asText());
    if (agency == null) {
      problem(path, "UNKNOWN_AGENCY", "unknown agency " + node.asText() + " (not in /agencies)");
    }
    return agency;
  }

  private List<Agency> agencyRefs(JsonNode node, String path, String name) {
    return eachOf(node, path, name, false, (n, p) -> agencyRef(n, p, true));
  }

  private List<String> texts(JsonNode node, String path, String name, boolean required) {
    return eachOf(node, path, name, required, (n, p) -> {
      if (!n.isTextual()) {
        problem(p, "TYPE_MISMATCH", "must be a string");
        return null;
      }
      return check(p, "REQUIRED", Rules.notBlank(n.asText())) ? n.asText() : null;
    });
  }

  /** Reads an array member; elements that had problems are left out (the problems are recorded). */
  private <T> List<T> eachOf(JsonNode node, String path, String name, boolean required,
      Element<T> element) {
    JsonNode array = member(node, path, name, required);
    String at = path + "/" + name;
    if (array == null) {
      return List.of();
    }
    if (!array.isArray()) {
      problem(at, "TYPE_MISMATCH", "must be an array");
      return List.of();
    }
    if (required && array.isEmpty()) {
      problem(at, "TOO_FEW_ITEMS", "must not be empty");
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      T value = element.read(array.get(i), at + "/" + i);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  private void forEachOf(JsonNode node, String path, String name,
      java.util.function.BiConsumer<JsonNode, String> element) {
    eachOf(node, path, name, true, (n, p) -> {
      element.accept(n, p);
      return null;
    });
  }

  /** Reads one element of an array at a path; returns null after recording its problems. */
  @FunctionalInterface
  private interface Element<T> {
    T read(JsonNode node, String path);
  }

  /** The member's value, or null when absent (a problem when required). */
  private JsonNode member(JsonNode node, String path, String name, boolean required) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      if (required) {
        problem(path + "/" + name, "REQUIRED", "is required");
      }
      return null;
    }
    return v;
  }

  private String text(JsonNode node, String path, String name, boolean required) {
    JsonNode v = member(node, path, name, required);
    String at = path + "/" + name;
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      problem(at, "TYPE_MISMATCH", "must be a string");
      return null;
    }
    if (required && !check(at, "REQUIRED", Rules.notBlank(v.asText()))) {
      return null;
    }
    return v.asText();
  }

  private Integer integer(JsonNode node, String path, String name, boolean required) {
    JsonNode v = member(node, path, name, required);
    String at = path + "/" + name;
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      problem(at, "TYPE_MISMATCH", "must be a whole number");
      return null;
    }
    return v.intValue();
  }

  private Boolean bool(JsonNode node, String path, String name) {
    JsonNode v = node.get(name);
    if (v == null || !v.isBoolean()) {
      problem(path + "/" + name, v == null ? "REQUIRED" : "TYPE_MISMATCH",
          v == null ? "is required" : "must be true or false");
      return null;
    }
    return v.booleanValue();
  }

  private <E extends Enum<E>> E enumValue(JsonNode node, String path, String name, Class<E> type,
      boolean required) {
    JsonNode v = member(node, path, name, required);
    return v == null ? null : enumOf(v, path + "/" + name, type);
  }

  private <E extends Enum<E>> E enumOf(JsonNode v, String path, Class<E> type) {
    Function<E, String> n = Enum::name;
    if (v.isTextual()) {
      for (E e : type.getEnumConstants()) {
        if (n.apply(e).equals(v.asText())) {
          return e;
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    problem(path, "NOT_AN_OPTION", "must be one of " + String.join(", ", names));
    return null;
  }

  private boolean object(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      problem(path, "NOT_AN_OBJECT", "must be an object");
      return false;
    }
    return true;
  }

  private void known(JsonNode node, String path, Set<String> names) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        problem(path + "/" + Problem.escape(name), "UNKNOWN_PROPERTY", "unknown property");
      }
    }
  }

  /**
   * Records the problem a rule of {@link Rules} found, if any, under {@code code}; a missing or blank
   * value is {@code REQUIRED} whatever the rule.
   */
  private boolean check(String path, String code, String problem) {
    if (problem == null) {
      return true;
    }
    boolean missing = problem.equals(Rules.notBlank(null)) || problem.equals(Rules.notBlank(" "));
    return problem(path, missing ? "REQUIRED" : code, problem);
  }

  /** Records a problem; returns false so callers can write {@code ok = problem(…)}. */
  private boolean problem(String path, String code, String message) {
    problems.add(new Problem(path, code, message));
    return false;
  }

  private void fail(String path, String code, String message) {
    throw new CatalogFormatException(List.of(new Problem(path, code, message)));
  }
}
