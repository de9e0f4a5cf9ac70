package vn.egov.sdk.forms;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.egov.sdk.forms.internal.JsonSupport;

/** Valid sample submissions of the bundled forms (test resources). */
public final class Samples {
  private Samples() {}

  public static FormDefinition form(String id) {
    return FormDefinitions.samples().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  public static ObjectNode data(String formId) {
    try (InputStream in = Samples.class.getResourceAsStream("/submissions/" + formId + ".json")) {
      return (ObjectNode) JsonSupport.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
