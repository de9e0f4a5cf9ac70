package vn.egov.sdk.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.sdk.examples.browser.Browser;
import vn.egov.sdk.examples.browser.BrowserTest;
import vn.egov.sdk.examples.browser.Portal;

/**
 * The form page checks fields in the browser with the exported JSON Schema (schema-check.js). It must
 * say what the server says: for the sample submission and hundreds of variants of it (each field
 * removed, emptied, too long, of the wrong type, out of its pattern or options, unknown fields, hidden
 * fields given), every path the browser flags is one the server's validator flags, and every path the
 * server flags for a rule a schema can express is flagged by the browser too. Paths are compared at
 * the field the page shows the message at (as form.js does): {@code /files/1} is the field
 * {@code /files}, {@code /group/0/code} stays itself.
 */
@BrowserTest
class SchemaCheckBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Server codes of rules a JSON Schema expresses (the others need code: check digits, cross-field ties). */
  private static final Set<String> SCHEMA_CODES = Set.of("REQUIRED", "UNKNOWN_FIELD", "NOT_APPLICABLE", "TYPE_MISMATCH",
      "TOO_SHORT", "TOO_LONG", "PATTERN_MISMATCH", "BELOW_MINIMUM", "ABOVE_MAXIMUM", "NOT_AN_OPTION",
      "DUPLICATE_CHOICE", "TOO_FEW_ITEMS", "TOO_MANY_ITEMS", "INVALID_EMAIL", "PHONE_FORMAT", "PHONE_PREFIX",
      "CITIZEN_ID_FORMAT", "CITIZEN_ID_PROVINCE", "TAX_CODE_FORMAT", "INVALID_FILE_NAME");

  @ParameterizedTest
  @ValueSource(strings = {"birth-registration", "household-business-registration", "judicial-record-request"})
  void theBrowserFlagsWhatTheServerFlags(String formId, Browser browser, Portal portal) throws IOException {
    browser.open("/forms/" + formId);
    JsonNode schema = portal.getJson("/api/forms/" + formId + "/json-schema");
    ObjectNode sample = (ObjectNode) sample(formId);
    List<JsonNode> cases = variants(sample, schema);
    assertThat(cases).hasSizeGreaterThan(60);
    ArrayNode all = JSON.createArrayNode();
    cases.forEach(all::add);
    String out = (String) browser.script("const schema = JSON.parse(arguments[0]); const cases = JSON.parse(arguments[1]);"
        + "return JSON.stringify(cases.map(c => EgovSchema.validate(schema, c).map(p => p.path)));",
        schema.toString(), all.toString());
    JsonNode browserPaths = JSON.readTree(out);
    int checked = 0;
    for (int i = 0; i < cases.size(); i++) {
      JsonNode data = cases.get(i);
      JsonNode report = JSON.readTree(portal.post("/api/forms/" + formId + "/validate", "application/json",
          data.toString()).body());
      Set<String> server = new TreeSet<>();
      Set<String> serverSchemaExpressible = new TreeSet<>();
      for (JsonNode v : report.path("violations")) {
        server.add(field(v.path("path").asText()));
        if (SCHEMA_CODES.contains(v.path("code").asText())) {
          serverSchemaExpressible.add(field(v.path("path").asText()));
        }
      }
      Set<String> local = new TreeSet<>();
      browserPaths.get(i).forEach(p -> local.add(field(p.asText())));
      assertThat(server).as("case %s: the server flags every path the browser flags", data).containsAll(local);
      assertThat(local).as("case %s: the browser flags what the schema can say (server: %s)", data, report)
          .containsAll(serverSchemaExpressible);
      checked += server.isEmpty() ? 0 : 1;
    }
    assertThat(checked).as("most variants are invalid").isGreaterThan(cases.size() / 2);
  }

  /** The field a message is shown at: {@code /a/1} → {@code /a}; {@code /g/0/f} and {@code /a} stay. */
  static String field(String path) {
    String[] parts = path.split("/", -1);
    return parts.length == 3 ? "/" + parts[1] : path;
  }

  private static JsonNode sample(String formId) throws IOException {
    try (InputStream in = SchemaCheckBrowserTest.class.getResourceAsStream("/forms/" + formId + ".json")) {
      return JSON.readTree(in);
    }
  }

  /** The sample and variants of it, field by field, following the schema's properties. */
  private static List<JsonNode> variants(ObjectNode sample, JsonNode schema) {
    List<JsonNode> out = new ArrayList<>();
    out.add(sample.deepCopy());
    out.add(JSON.createObjectNode());
    ObjectNode unknown = sample.deepCopy();
    unknown.put("notAField", "x");
    out.add(unknown);
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      String name = p.getKey();
      JsonNode prop = p.getValue();
      ObjectNode removed = sample.deepCopy();
      removed.remove(name);
      out.add(removed);
      String type = prop.path("type").asText();
      switch (type) {
        case "string" -> {
          for (String v : new String[] {"", "x", "12", "0123456789", "001090123456", "999090123456", "2026-02-30",
              "2026-11-20", "a@b", "a@b.vn", "+84912345678", "0212345678", "x".repeat(301), "other", "family", "1"}) {
            ObjectNode c = sample.deepCopy();
            c.put(name, v);
            out.add(c);
          }
          ObjectNode number = sample.deepCopy();
          number.put(name, 12);
          out.add(number);
        }
        case "number", "integer" -> {
          for (String v : new String[] {"-1", "0", "1.5", "1899", "1900", "2101", "100000000000000"}) {
            ObjectNode c = sample.deepCopy();
            c.put(name, new java.math.BigDecimal(v));
            out.add(c);
          }
          ObjectNode text = sample.deepCopy();
          text.put(name, "hai");
          out.add(text);
        }
        case "array" -> {
          ObjectNode empty = sample.deepCopy();
          empty.putArray(name);
          out.add(empty);
          ObjectNode notArray = sample.deepCopy();
          notArray.put(name, "x");
          out.add(notArray);
          JsonNode items = prop.path("items");
          if (items.path("type").asText().equals("object")) {
            JsonNode first = sample.path(name).path(0);
            if (first.isObject()) {
              for (Iterator<String> f = items.path("properties").fieldNames(); f.hasNext(); ) {
                String inner = f.next();
                ObjectNode c = sample.deepCopy();
                ((ObjectNode) c.withArray(name).get(0)).remove(inner);
                out.add(c);
                ObjectNode bad = sample.deepCopy();
                ((ObjectNode) bad.withArray(name).get(0)).put(inner, "13/2020");
                out.add(bad);
              }
            }
          } else {
            ObjectNode twice = sample.deepCopy();
            twice.putArray(name).add("a.pdf").add("a.pdf");
            out.add(twice);
            ObjectNode odd = sample.deepCopy();
            odd.putArray(name).add("shop").add("nope");
            out.add(odd);
          }
        }
        default -> { }
      }
    }
    return out;
  }
}
