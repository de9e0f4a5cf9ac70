package vn.egov.sdk.core.calendar.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.egov.sdk.core.Problem;
import vn.egov.sdk.core.calendar.HolidayDecision;
import vn.egov.sdk.core.calendar.HolidayDecisionsFormatException;

/**
 * Reads the holiday-decisions JSON format ({@value #FORMAT}): every problem is collected as a
 * {@link Problem} (a JSON Pointer, a code, a message) before one {@link HolidayDecisionsFormatException} is thrown, so a maintainer fixes a file in
 * one pass.
 *
 * <pre>{@code
 * {"format": "vn.egov.sdk/holiday-decisions/1",
 *  "decisions": [
 *    {"year": 2025,
 *     "tet": ["2025-01-27/2025-01-31"],
 *     "nationalDay": ["2025-09-01/2025-09-02"],
 *     "swaps": [{"dayOff": "2025-05-02", "worked": "2025-04-26"}],
 *     "sources": [{"document": "Công văn 8726/VPCP-KGVX", "issuer": "Văn phòng Chính phủ",
 *                  "issued": "2024-11-26", "reference": "https://…"}],
 *     "note": "free text for people; ignored"}]}
 * }</pre>
 * A day list holds ISO days ({@code 2025-09-02}) and inclusive ranges ({@code 2025-01-27/2025-01-31}).
 */
public final class HolidayDecisionsReader {
  public static final String FORMAT = "vn.egov.sdk/holiday-decisions/1";
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final Set<String> TOP = Set.of("format", "decisions", "note");
  private static final Set<String> DECISION = Set.of("year", "tet", "nationalDay", "swaps", "sources", "note");
  private static final Set<String> SWAP = Set.of("dayOff", "worked", "note");
  private static final Set<String> SOURCE = Set.of("document", "issuer", "issued", "reference", "note");
  /** Longest range accepted, in days (a Tết break is at most nine). */
  private static final int MAX_RANGE = 31;

  private final List<Problem> problems = new ArrayList<>();

  private HolidayDecisionsReader() {}

  /**
   * @throws HolidayDecisionsFormatException listing every problem
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static List<HolidayDecision> read(InputStream in) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw new HolidayDecisionsFormatException(List.of(new Problem("", "NOT_JSON", "not valid JSON (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the holiday decisions", e);
    }
    HolidayDecisionsReader reader = new HolidayDecisionsReader();
    List<HolidayDecision> decisions = reader.document(root);
    if (!reader.problems.isEmpty()) {
      throw new HolidayDecisionsFormatException(reader.problems);
    }
    return decisions;
  }

  private List<HolidayDecision> document(JsonNode root) {
    List<HolidayDecision> out = new ArrayList<>();
    if (root == null || !root.isObject()) {
      problem("", "NOT_AN_OBJECT", "must be a JSON object");
      return out;
    }
    keys(root, "", TOP);
    JsonNode format = root.get("format");
    if (format == null || !format.isTextual() || !FORMAT.equals(format.textValue())) {
      problem("/format", "UNSUPPORTED_FORMAT", "must be \"" + FORMAT + "\"");
    }
    JsonNode decisions = root.get("decisions");
    if (decisions == null || !decisions.isArray()) {
      problem("/decisions", "TYPE_MISMATCH", "must be an array");
      return out;
    }
    for (int i = 0; i < decisions.size(); i++) {
      HolidayDecision d = decision(decisions.get(i), "/decisions/" + i);
      if (d != null) {
        out.add(d);
      }
    }
    List<Integer> years = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      if (years.contains(out.get(i).year())) {
        problem("/decisions", "DUPLICATE", "two decisions for " + out.get(i).year());
      }
      years.add(out.get(i).year());
    }
    return out;
  }

  private HolidayDecision decision(JsonNode node, String path) {
    if (!node.isObject()) {
      problem(path, "NOT_AN_OBJECT", "must be an object");
      return null;
    }
    keys(node, path, DECISION);
    int before = problems.size();
    JsonNode yearNode = node.get("year");
    if (yearNode == null || !yearNode.isInt()) {
      problem(path + "/year", "TYPE_MISMATCH", "must be a whole number");
      return null;
    }
    HolidayDecision.Builder b;
    try {
      b = HolidayDecision.builder(yearNode.intValue());
    } catch (IllegalArgumentException e) {
      problem(path + "/year", "YEAR_OUT_OF_RANGE", e.getMessage());
      return null;
    }
    for (LocalDate d : days(node.get("tet"), path + "/tet")) {
      b.tetDay(d);
    }
    for (LocalDate d : days(node.get("nationalDay"), path + "/nationalDay")) {
      b.nationalDayDay(d);
    }
    JsonNode swaps = node.get("swaps");
    if (swaps != null) {
      if (!swaps.isArray()) {
        problem(path + "/swaps", "TYPE_MISMATCH", "must be an array");
      } else {
        for (int i = 0; i < swaps.size(); i++) {
          swap(swaps.get(i), path + "/swaps/" + i, b);
        }
      }
    }
    JsonNode sources = node.get("sources");
    if (sources == null || !sources.isArray() || sources.isEmpty()) {
      problem(path + "/sources", "REQUIRED", "must be an array of at least one source");
    } else {
      for (int i = 0; i < sources.size(); i++) {
        source(sources.get(i), path + "/sources/" + i, b);
      }
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      problem(path, "INVALID_DECISION", e.getMessage());
      return null;
    }
  }

  private void swap(JsonNode node, String path, HolidayDecision.Builder b) {
    if (!node.isObject()) {
      problem(path, "NOT_AN_OBJECT", "must be an object");
      return;
    }
    keys(node, path, SWAP);
    LocalDate off = day(node.get("dayOff"), path + "/dayOff", true);
    LocalDate worked = day(node.get("worked"), path + "/worked", true);
    if (off != null && worked != null) {
      try {
        b.swap(off, worked);
      } catch (IllegalArgumentException e) {
        problem(path, "INVALID_SWAP", e.getMessage());
      }
    }
  }

  private void source(JsonNode node, String path, HolidayDecision.Builder b) {
    if (!node.isObject()) {
      problem(path, "NOT_AN_OBJECT", "must be an object");
      return;
    }
    keys(node, path, SOURCE);
    String document = text(node.get("document"), path + "/document", true);
    String issuer = text(node.get("issuer"), path + "/issuer", true);
    LocalDate issued = day(node.get("issued"), path + "/issued", false);
    String reference = text(node.get("reference"), path + "/reference", false);
    URI uri = null;
    if (reference != null) {
      try {
        uri = new URI(reference);
        if (!uri.isAbsolute()) {
          problem(path + "/reference", "INVALID_URL", "must be an absolute URL");
        }
      } catch (URISyntaxException e) {
        problem(path + "/reference", "INVALID_URL", "is not a URL: " + e.getReason());
      }
    }
    if (document != null && issuer != null) {
      try {
        b.source(new HolidayDecision.Source(document, issuer, issued, uri));
      } catch (IllegalArgumentException e) {
        problem(path, "INVALID_VALUE", e.getMessage());
      }
    }
  }

  /** The days of an optional list of days and ranges. */
  private List<LocalDate> days(JsonNode node, String path) {
    List<LocalDate> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!node.isArray()) {
      problem(path, "TYPE_MISMATCH", "must be an array of days (YYYY-MM-DD) and ranges (YYYY-MM-DD/YYYY-MM-DD)");
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      String p = path + "/" + i;
      JsonNode item = node.get(i);
      if (!item.isTextual()) {
        problem(p, "TYPE_MISMATCH", "must be a day (YYYY-MM-DD) or a range (YYYY-MM-DD/YYYY-MM-DD)");
        continue;
      }
      String text = item.textValue();
      int slash = text.indexOf('/');
      LocalDate first = parse(slash < 0 ? text : text.substring(0, slash), p);
      LocalDate last = slash < 0 ? first : parse(text.substring(slash + 1), p);
      if (first == null || last == null) {
        continue;
      }
      if (last.isBefore(first) || last.toEpochDay() - first.toEpochDay() > MAX_RANGE) {
        problem(p, "INVALID_RANGE", "range " + text + " must run forwards over at most " + MAX_RANGE + " days");
        continue;
      }
      first.datesUntil(last.plusDays(1)).forEach(out::add);
    }
    return out;
  }

  private LocalDate day(JsonNode node, String path, boolean required) {
    if (node == null || node.isNull()) {
      if (required) {
        problem(path, "REQUIRED", "is required (YYYY-MM-DD)");
      }
      return null;
    }
    if (!node.isTextual()) {
      problem(path, "TYPE_MISMATCH", "must be a day (YYYY-MM-DD)");
      return null;
    }
    return parse(node.textValue(), path);
  }

  private LocalDate parse(String text, String path) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(path, "INVALID_DATE", "\"" + text + "\" is not a day (YYYY-MM-DD)");
      return null;
    }
  }

  private String text(JsonNode node, String path, boolean required) {
    if (node == null || node.isNull()) {
      if (required) {
        problem(path, "REQUIRED", "is required");
      }
      return null;
    }
    if (!node.isTextual() || node.textValue().isBlank()) {
      problem(path, "TYPE_MISMATCH", "must be a non-blank string");
      return null;
    }
    return node.textValue();
  }

  private void keys(JsonNode node, String path, Set<String> known) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        problem(path + "/" + Problem.escape(name), "UNKNOWN_FIELD",
            "is not a field of this format (known: " + String.join(", ", new TreeSet<>(known)) + ")");
      }
    }
  }

  private void problem(String path, String code, String message) {
    problems.add(new Problem(path, code, message));
  }
}
