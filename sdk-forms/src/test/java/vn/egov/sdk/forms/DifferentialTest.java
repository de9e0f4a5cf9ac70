package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.sdk.core.Problem;

/**
 * The SDK's verdict equals networknt's (JSON Schema 2020-12, format assertions on) on the exported
 * schema, for the sample forms and thousands of seeded random mutations of valid submissions, except
 * where the only violations are of rules JSON Schema cannot express.
 */
class DifferentialTest {
  /** Rules that the exported schema cannot express (see docs/sdk-forms.md). */
  static final Set<String> INEXPRESSIBLE =
      Set.of("TAX_CODE_CHECK_DIGIT", "CITIZEN_ID_BIRTH_YEAR_MISMATCH", "CITIZEN_ID_SEX_MISMATCH");
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String[] STRINGS = {"", " ", "a", "Nguyễn", "0912345678", "+84912345678", "0112345678",
      "02838123456", "001090123456", "000090123456", "0100233488", "0100233480", "0314409058-002",
      "0314409058002", "0314409058-000", "2026-02-29", "2024-02-29", "2026-13-01", "x@y.vn", "bad@", "1",
      "male", "female", "M", "F", "other", "family", "individual", "shop", "05/2004", "13/2004", "5610",
      "yes", "no", "VN", "a".repeat(301), "<script>", "087190000999", "087090000999", "079185004321"};

  private final FormValidator validator = new FormValidator();
  private final JsonSchemaExporter exporter = new JsonSchemaExporter();

  @ParameterizedTest
  @ValueSource(strings = {"birth-registration", "judicial-record-request", "household-business-registration"})
  void verdictsAgreeWithNetworknt(String formId) {
    FormDefinition form = Samples.form(formId);
    JsonSchema schema = oracle(exporter.export(form));
    ObjectNode valid = Samples.data(formId);
    assertThat(validator.validate(form, valid).problems()).isEmpty();
    assertThat(schema.validate(valid)).isEmpty();
    Random random = new Random(20261127L + formId.hashCode());
    int invalid = 0;
    for (int i = 0; i < 1500; i++) {
      JsonNode data = mutate(valid.deepCopy(), form, random, 1 + random.nextInt(3));
      List<Problem> violations = validator.validate(form, data).problems();
      boolean sdkValid = violations.stream().allMatch(v -> INEXPRESSIBLE.contains(v.code()));
      boolean schemaValid = schema.validate(data).isEmpty();
      assertThat(sdkValid).as("verdict on %s: SDK %s, schema %s", data, violations, schema.validate(data))
          .isEqualTo(schemaValid);
      invalid += schemaValid ? 0 : 1;
    }
    // the generator must exercise both verdicts
    assertThat(invalid).isBetween(100, 1450);
  }

  static JsonSchema oracle(ObjectNode schema) {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
  }

  private JsonNode mutate(ObjectNode data, FormDefinition form, Random r, int times) {
    for (int t = 0; t < times; t++) {
      mutateScope(data, form.fields(), r);
    }
    return data;
  }

  private void mutateScope(ObjectNode scope, List<FieldDefinition> fields, Random r) {
    FieldDefinition f = fields.get(r.nextInt(fields.size()));
    switch (r.nextInt(10)) {
      case 0 -> scope.remove(f.id());
      case 1 -> scope.set("extra" + r.nextInt(3), F.textNode("x"));
      case 2 -> scope.set(f.id(), randomScalar(r));
      case 3, 4, 5 -> scope.set(f.id(), plausible(f, r));
      case 6 -> scope.putNull(f.id());
      default -> {
        JsonNode current = scope.get(f.id());
        if (f.type() == FieldType.GROUP && current != null && current.isArray() && !current.isEmpty()
            && current.get(0).isObject()) {
          mutateScope((ObjectNode) current.get(r.nextInt(current.size())), f.fields(), r);
        } else {
          scope.set(f.id(), plausible(f, r));
        }
      }
    }
  }

  private JsonNode randomScalar(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> F.numberNode(r.nextInt(3000) - 100);
      case 1 -> F.numberNode(new BigDecimal("1.5"));
      case 2 -> F.booleanNode(r.nextBoolean());
      case 3 -> F.objectNode();
      case 4 -> F.arrayNode().add("x");
      default -> F.textNode(STRINGS[r.nextInt(STRINGS.length)]);
    };
  }

  private JsonNode plausible(FieldDefinition f, Random r) {
    return switch (f.type()) {
      case NUMBER -> F.numberNode(pick(r, "-1", "0", "0.5", "100", "150000000", "1000000000000", "1000000000001"));
      case INTEGER -> F.numberNode(pick(r, "0", "1", "2.0", "2.5", "10", "11", "1899", "1900", "1993", "2101"));
      case MULTIPLE_CHOICE -> {
        ArrayNode a = F.arrayNode();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
          a.add(r.nextInt(4) == 0 ? STRINGS[r.nextInt(STRINGS.length)]
              : f.options().get(r.nextInt(f.options().size())).value());
        }
        yield a;
      }
      case FILE -> {
        ArrayNode a = F.arrayNode();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          int kind = r.nextInt(8);
          a.add(kind == 0 ? F.numberNode(1) : kind == 1 ? F.textNode(r.nextBoolean() ? "" : "n".repeat(256))
              : F.textNode("f" + r.nextInt(3) + ".pdf"));
        }
        yield a;
      }
      case GROUP -> {
        ArrayNode a = F.arrayNode();
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
          ObjectNode item = a.addObject();
          for (FieldDefinition g : f.fields()) {
            if (r.nextInt(4) != 0) {
              item.set(g.id(), plausible(g, r));
            }
          }
        }
        yield a;
      }
      case SINGLE_CHOICE -> F.textNode(r.nextInt(4) == 0 ? STRINGS[r.nextInt(STRINGS.length)]
          : f.options().get(r.nextInt(f.options().size())).value());
      default -> F.textNode(STRINGS[r.nextInt(STRINGS.length)]);
    };
  }

  private static BigDecimal pick(Random r, String... values) {
    return new BigDecimal(values[r.nextInt(values.length)]);
  }
}
