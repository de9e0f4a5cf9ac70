package vn.egov.sdk.widgets.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import vn.egov.sdk.widgets.UpstreamException;

/** Reads untrusted JSON answers with tight limits; anything unreadable is an UpstreamException. */
public final class JsonBodies {
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(32).maxStringLength(100_000).maxNumberLength(64).build())
      .build());

  private JsonBodies() {}

  public static JsonNode read(byte[] body) throws UpstreamException {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw UpstreamException.invalid("empty JSON body");
      }
      return node;
    } catch (IOException e) {
      throw new UpstreamException("not well-formed JSON", e);
    }
  }

  /** A field that must be an object or array. */
  public static JsonNode require(JsonNode parent, String field) throws UpstreamException {
    JsonNode n = parent.get(field);
    if (n == null || !(n.isObject() || n.isArray())) {
      throw UpstreamException.invalid("missing " + field);
    }
    return n;
  }

  /** A number field, {@code null} when absent or JSON null; a non-number is refused. */
  public static Double number(JsonNode parent, String field) throws UpstreamException {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isNumber()) {
      throw UpstreamException.invalid(field + " is not a number");
    }
    return n.doubleValue();
  }

  /** Like {@link #number} but a whole number within the int range. */
  public static Integer integer(JsonNode parent, String field) throws UpstreamException {
    Long l = whole(parent, field);
    if (l != null && (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE)) {
      throw UpstreamException.invalid(field + " is out of range");
    }
    return l == null ? null : l.intValue();
  }

  /** Like {@link #number} but a whole number (up to 2^53). */
  public static Long whole(JsonNode parent, String field) throws UpstreamException {
    Double d = number(parent, field);
    if (d == null) {
      return null;
    }
    if (d != Math.rint(d) || Math.abs(d) > 9.0e15) {
      throw UpstreamException.invalid(field + " is not a whole number");
    }
    return d.longValue();
  }

  /** Text of a scalar field ({@code null} when absent or JSON null). */
  public static String text(JsonNode parent, String field) {
    JsonNode n = parent.get(field);
    return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
  }
}
