package vn.egov.sdk.forms;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.egov.sdk.forms.internal.JsonSupport;

/** Valid sample submissions of the bundled forms (test resources). */
public final class Samples {
  public static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
  public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};

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
