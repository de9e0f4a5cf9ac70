package vn.egov.sdk.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.InputStream;
import java.lang.reflect.Type;

/** The server's one JSON configuration: ISO-8601 times with offset, plain decimals, UTF-8. */
public final class Json implements io.javalin.json.JsonMapper {

  /** Request bodies nested deeper than this are refused before they reach any handler. */
  public static final int MAX_NESTING = 64;
  /** Longest single string accepted in a request body. */
  public static final int MAX_STRING = 100_000;

  private final ObjectMapper mapper;

  public Json() {
    JsonMapper m = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING)
        .maxStringLength(MAX_STRING)
        .build());
    this.mapper = m;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Parses a request body into a tree; malformed, too deep or too long input becomes a 400 with
   * {@code code}, never an exception text. A body declared as another media type (XML, multipart…) is
   * a 415 {@code UNSUPPORTED_MEDIA_TYPE}; a body without a {@code Content-Type}, or sent as
   * {@code text/plain} or a urlencoded form (what {@code curl -d} does), is read as JSON.
   */
  public JsonNode readBody(Context ctx, String code) {
    if (!isJson(ctx.contentType())) {
      throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", Lang.of(ctx).pick(
          "Nội dung yêu cầu phải là JSON (Content-Type: application/json).",
          "The request body must be JSON (Content-Type: application/json)."));
    }
    if (ctx.req().getContentLengthLong() > PortalApp.MAX_REQUEST_BYTES) {
      // refused on the declared length, before a byte of the body is read
      throw new ApiException(413, "PAYLOAD_TOO_LARGE", Lang.of(ctx).pick(
          "Nội dung gửi lên quá lớn.", "The request body is too large."));
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw ApiException.badRequest(code, Lang.of(ctx).pick(
          "Thiếu nội dung yêu cầu (JSON).", "The request body (JSON) is missing."));
    }
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new IllegalStateException();
      }
      return node;
    } catch (java.io.IOException | RuntimeException e) {
      throw ApiException.badRequest(code, Lang.of(ctx).pick(
          "Nội dung yêu cầu không phải JSON hợp lệ.", "The request body is not valid JSON."));
    }
  }

  /** No content type, {@code application/json} or a {@code +json} type, whatever its parameters. */
  static boolean isJson(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
        .toLowerCase(java.util.Locale.ROOT);
    // Lenient on purpose: `curl -d` and many portal HTTP helpers send JSON as text/plain or as a
    // urlencoded form; such a body is still read (and refused with a 400 if it is not JSON).
    return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"))
        || type.equals("text/plain") || type.equals("application/x-www-form-urlencoded");
  }

  @Override
  public String toJsonString(Object obj, Type type) {
    try {
      return mapper.writeValueAsString(obj);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response could not be written as JSON", e);
    }
  }

  @Override
  public <T> T fromJsonString(String json, Type type) {
    try {
      return mapper.readValue(json, mapper.constructType(type));
    } catch (JsonProcessingException e) {
      throw new io.javalin.http.BadRequestResponse("invalid JSON");
    }
  }

  @Override
  public <T> T fromJsonStream(InputStream json, Type type) {
    try {
      return mapper.readValue(json, mapper.constructType(type));
    } catch (java.io.IOException e) {
      throw new io.javalin.http.BadRequestResponse("invalid JSON");
    }
  }
}
