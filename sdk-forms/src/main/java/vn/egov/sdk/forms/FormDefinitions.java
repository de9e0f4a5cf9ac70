package vn.egov.sdk.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.egov.sdk.core.Problem;
import vn.egov.sdk.forms.internal.DefinitionReader;
import vn.egov.sdk.forms.internal.JsonSupport;

/**
 * Loads form definitions (format described in {@code docs/sdk-forms.md}) and checks them on the way:
 * a broken definition is refused with an {@link InvalidFormDefinitionException} listing every problem.
 */
public final class FormDefinitions {
  /** The version of the definition format this SDK reads ({@code "formatVersion": 1}). */
  public static final int FORMAT_VERSION = 1;

  /** Ids of the bundled sample forms. */
  public static final List<String> SAMPLE_IDS =
      List.of("birth-registration", "judicial-record-request", "household-business-registration");

  private FormDefinitions() {}

  /**
   * Parses and checks a definition.
   *
   * @throws InvalidFormDefinitionException if the text is not JSON or breaks any rule of the format
   */
  public static FormDefinition parse(String json) {
    JsonNode tree;
    try {
      tree = JsonSupport.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidFormDefinitionException(List.of(new Problem("", "NOT_JSON", "not valid JSON")));
    }
    return fromJson(tree);
  }

  /** Reads and checks a definition from a stream (UTF-8 JSON); the stream is not closed. */
  public static FormDefinition read(InputStream in) {
    JsonNode tree;
    try {
      tree = JsonSupport.mapper().readTree(in);
    } catch (JsonProcessingException e) {
      throw new InvalidFormDefinitionException(List.of(new Problem("", "NOT_JSON", "not valid JSON")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fromJson(tree);
  }

  /** Checks a definition already parsed into a tree. */
  public static FormDefinition fromJson(JsonNode tree) {
    return new DefinitionReader().read(tree);
  }

  /** The bundled sample forms (birth registration, judicial record request, household business). */
  public static List<FormDefinition> samples() {
    return SAMPLE_IDS.stream().map(FormDefinitions::sample).toList();
  }

  private static FormDefinition sample(String id) {
    String resource = "samples/" + id + ".json";
    try (InputStream in = FormDefinitions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("sample form missing from the jar: " + resource);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
