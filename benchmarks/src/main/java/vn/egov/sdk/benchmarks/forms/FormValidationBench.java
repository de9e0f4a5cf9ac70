package vn.egov.sdk.benchmarks.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.egov.sdk.forms.FormDefinition;
import vn.egov.sdk.forms.FormDefinitions;
import vn.egov.sdk.forms.FormValidator;
import vn.egov.sdk.forms.JsonSchemaExporter;
import vn.egov.sdk.forms.ValidationReport;

/**
 * Validation throughput of one valid submission of a 40-field form: the SDK's validator against
 * networknt validating the exported JSON Schema 2020-12 (format assertions on), side by side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FormValidationBench {
  private static final ObjectMapper M = new ObjectMapper();

  private FormDefinition form;
  private JsonNode data;
  private JsonSchema schema;
  private final FormValidator validator = new FormValidator();

  @Setup
  public void setUp() {
    ObjectNode def = M.createObjectNode();
    def.put("formatVersion", 1).put("id", "bench-40").put("version", "1").put("procedureCode", "2.000720");
    label(def.putObject("title"), "Biểu mẫu 40 trường");
    ObjectNode section = def.putArray("sections").addObject();
    section.put("id", "all");
    label(section.putObject("title"), "Tất cả");
    ArrayNode fields = section.putArray("fields");
    ObjectNode d = M.createObjectNode();
    for (int i = 0; i < 40; i++) {
      String id = "f" + i;
      ObjectNode f = fields.addObject().put("id", id).put("required", i % 3 != 0);
      label(f.putObject("label"), "Trường " + i);
      switch (i % 10) {
        case 0 -> {
          f.put("type", "text").put("minLength", 2).put("maxLength", 100).put("pattern", "^[\\p{L} .'-]+$");
          d.put(id, "Nguyễn Thị Minh Khai");
        }
        case 1 -> {
          f.put("type", "integer").put("minimum", 0).put("maximum", 1000);
          d.put(id, 42);
        }
        case 2 -> {
          f.put("type", "date");
          d.put(id, "1990-05-12");
        }
        case 3 -> {
          f.put("type", "email").put("maxLength", 254);
          d.put(id, "an.nguyen@example.gov.vn");
        }
        case 4 -> {
          f.put("type", "phone");
          d.put(id, "+84912345678");
        }
        case 5 -> {
          f.put("type", "citizenId");
          d.put(id, "087084000999");
        }
        case 6 -> {
          f.put("type", "taxCode").put("allowPersonalNumber", true);
          d.put(id, "0314409058-002");
        }
        case 7 -> {
          f.put("type", "singleChoice");
          ArrayNode options = f.putArray("options");
          for (String v : new String[] {"a", "b", "c", "d"}) {
            label(options.addObject().put("value", v).putObject("label"), v);
          }
          d.put(id, "c");
        }
        case 8 -> {
          f.put("type", "multipleChoice").put("maxItems", 3);
          ArrayNode options = f.putArray("options");
          for (String v : new String[] {"x", "y", "z"}) {
            label(options.addObject().put("value", v).putObject("label"), v);
          }
          d.putArray(id).add("x").add("z");
        }
        default -> {
          f.put("type", "group").put("maxItems", 5);
          ArrayNode inner = f.putArray("fields");
          label(inner.addObject().put("id", "name").put("type", "text").put("required", true).put("maxLength", 100)
              .putObject("label"), "Tên");
          label(inner.addObject().put("id", "share").put("type", "number").put("minimum", 0).put("maximum", 100)
              .putObject("label"), "Tỷ lệ");
          ArrayNode items = d.putArray(id);
          items.addObject().put("name", "Trần Văn Bình").put("share", 60);
          items.addObject().put("name", "Lê Thị Cúc").put("share", 40.5);
        }
      }
    }
    form = FormDefinitions.fromJson(def);
    data = d;
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
        new JsonSchemaExporter().export(form),
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    if (!validator.validate(form, data).valid() || !schema.validate(data).isEmpty()) {
      throw new IllegalStateException("the benchmark submission must be valid for both validators");
    }
    // --quick gives each benchmark 0.8 s of warm-up, too little for the JIT on a busy machine: both
    // validators get the same extra warm-up here, so the side-by-side figures compare steady states.
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (System.nanoTime() < until) {
      for (int i = 0; i < 200; i++) {
        validator.validate(form, data);
        schema.validate(data);
      }
    }
  }

  private static void label(ObjectNode node, String vi) {
    node.put("vi", vi).put("en", vi);
  }

  @Benchmark
  public ValidationReport sdk() {
    return validator.validate(form, data);
  }

  @Benchmark
  public Set<?> networknt() {
    return schema.validate(data);
  }
}
