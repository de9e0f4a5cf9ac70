package vn.egov.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the validation and filing endpoints: malformed JSON, wrong types, huge strings,
 * deep nesting, garbage multipart. Never a 500; every error is the contract's error body.
 */
class FormsFuzzTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String PUNCTUATION = "{[\",:}]0-e.\\ ";
  @TempDir static Path dataDir;
  static PortalApp app;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    app = PortalApp.start(TestServers.offline(dataDir));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void validateAndFileNeverFailWithA500() throws Exception {
    Random r = new Random(20261127L);
    String sample = FormsRoutesTest.sample("judicial-record-request").toString();
    List<String> bodies = new ArrayList<>(List.of("", "null", "{", "[", "\"x\"", "42", "true", "{}", "[]",
        "{\"formId\":1,\"data\":{}}", "{\"formId\":\"judicial-record-request\"}",
        "{\"formId\":\"judicial-record-request\",\"data\":null}",
        "{\"formId\":\"judicial-record-request\",\"data\":[1,2]}",
        "{\"formId\":\"nope\",\"data\":{}}", "{\"formId\":\"judicial-record-request\",\"data\":\"" + "x".repeat(200_000) + "\"}",
        "{\"formId\":\"judicial-record-request\",\"data\":{\"fullName\":\"" + "Ê".repeat(90_000) + "\"}}",
        "{\"formId\":\"judicial-record-request\",\"data\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
        "{\"formId\":\"judicial-record-request\",\"data\":{\"fullName\":" + "{\"a\":".repeat(60) + "1"
            + "}".repeat(60) + "}}",
        "{\"formId\":\"judicial-record-request\",\"data\":{\"copies\":1e999999999,\"capital\":-1e-99999}}",
        "{\"formId\":\"judicial-record-request\",\"data\":{\"copies\":123456789012345678901234567890}}",
        "{\"formId\":\"judicial-record-request\",\"data\":{\"residencePeriods\":[{\"from\":[],\"x\":{}},null,7]}}",
        "\u0000\u0001\u0002", "{\"formId\":\"judicial-record-request\",\"data\":" + sample + "}"));
    for (int i = 0; i < 150; i++) {
      bodies.add(mutate(sample, r));
    }
    for (int i = 0; i < bodies.size(); i++) {
      String body = bodies.get(i);
      check(post("/api/forms/judicial-record-request/validate", body, "application/json", null));
      String wrapped = i % 2 == 0 ? body : "{\"formId\":\"judicial-record-request\",\"data\":" + body + "}";
      check(post("/api/dossiers", wrapped, "application/json", "fuzz-" + i));
    }
  }

  @Test
  void garbageMultipartIsAContractError() throws Exception {
    String boundary = "XyZ";
    List<String> bodies = List.of("garbage", "--XyZ\r\nContent-Disposition: form-data; name=\"formId\"\r\n\r\n"
        + "birth-registration\r\n--XyZ\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\n{not json\r\n--XyZ--\r\n",
        "--XyZ\r\nContent-Disposition: form-data; name=\"formId\"\r\n\r\nnope\r\n--XyZ--\r\n",
        "--XyZ\r\nContent-Disposition: form-data; name=\"formId\"\r\n\r\nbirth-registration\r\n--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"childName\"\r\n\r\n<script>alert(1)</script>\r\n--XyZ--\r\n",
        "--XyZ\r\nContent-Disposition: form-data; name=\"formId\"\r\n\r\njudicial-record-request\r\n--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"" + "f".repeat(500) + "\"; filename=\"" + "n".repeat(400)
            + ".pdf\"\r\nContent-Type: application/" + "x".repeat(300) + "\r\n\r\n%PDF-1.4\r\n--XyZ--\r\n");
    for (String body : bodies) {
      // Jetty may close the connection after refusing a body it did not read: one client per request
      check(post(HttpClient.newHttpClient(), "/api/dossiers", body, "multipart/form-data; boundary=" + boundary,
          "mp"));
    }
  }

  private static String mutate(String json, Random r) {
    StringBuilder b = new StringBuilder(json);
    int edits = 1 + r.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = r.nextInt(b.length());
      switch (r.nextInt(5)) {
        case 0 -> b.deleteCharAt(at);
        case 1 -> b.insert(at, PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length())));
        case 2 -> b.setLength(at);
        case 3 -> b.insert(at, "\"zz\":" + (r.nextBoolean() ? "[]" : "\"" + "y".repeat(r.nextInt(3000)) + "\"") + ",");
        default -> b.replace(at, Math.min(b.length(), at + 3), String.valueOf(r.nextInt(1000)));
      }
      if (b.length() == 0) {
        b.append('{');
      }
    }
    return b.toString();
  }

  private static HttpResponse<String> post(String path, String body, String type, String key) throws Exception {
    return post(http, path, body, type, key);
  }

  private static HttpResponse<String> post(HttpClient client, String path, String body, String type, String key)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.baseUrl() + path.substring(1)))
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void check(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201, 400, 404, 409, 413, 415, 422);
    JsonNode body = JSON.readTree(r.body());
    if (r.statusCode() >= 400) {
      assertThat(body.at("/error/code").asText()).matches("[A-Z][A-Z_]+");
      assertThat(body.at("/error/message").asText()).isNotBlank();
    }
    assertThat(r.body()).doesNotContain("Exception", "at vn.", "jdbc:", "<script>");
  }
}
