package vn.egov.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server frame: health, the error body for unknown paths and methods, JSON charset. */
class PortalAppTest {
  @TempDir static Path dataDir;
  static PortalApp app;
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() {
    Routes failing = routes -> {
      routes.get("/test/boom", ctx -> {
        throw new IllegalStateException("secret internal detail at jdbc:h2:/var/x");
      });
      routes.get("/test/leak/{id}", ctx -> {
        IllegalStateException cause = new IllegalStateException("Value 001090123456 violates constraint");
        RuntimeException e = new RuntimeException("Unexpected character in {\"phone\":\"0912345678\"}", cause);
        e.addSuppressed(new IllegalArgumentException("an.nguyen@example.vn"));
        throw e;
      });
      routes.get("/test/api-error", ctx -> {
        throw new ApiException(409, "SOMETHING_TAKEN", "Đã có.", java.util.Map.of("what", "x"));
      });
    };
    app = PortalApp.start(TestServers.offline(dataDir),
        java.time.Clock.systemUTC(), java.util.List.of(failing));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthAnswersWithAStatusOfTheContract() throws Exception {
    HttpResponse<String> r = get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/json").contains("charset=utf-8"));
    assertThat(json.readTree(r.body()).path("status").asText()).isIn("UP", "DEGRADED", "DOWN");
  }

  @Test
  void anUnexpectedFailureIsAGeneric500ThatNamesNoException() throws Exception {
    HttpResponse<String> r = get("/test/boom");
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(json.readTree(r.body()).at("/error/code").asText()).isEqualTo("INTERNAL_ERROR");
    assertThat(r.body()).doesNotContain("secret", "IllegalState", "Exception", "jdbc", "at ");
  }

  @Test
  void theLogLineOfAnUnexpectedFailureCarriesNoMessageNorRequestPath() throws Exception {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    HttpResponse<String> r;
    try {
      r = get("/test/leak/079912345678");
    } finally {
      System.setErr(original);
    }
    assertThat(r.statusCode()).isEqualTo(500);
    String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(log).contains("Unhandled failure on GET /test/leak/{id}", "java.lang.RuntimeException",
        "Caused by: java.lang.IllegalStateException", "Suppressed: java.lang.IllegalArgumentException",
        "PortalAppTest")
        .doesNotContain("079912345678", "001090123456", "0912345678", "an.nguyen", "Unexpected character");
  }

  @Test
  void anApiExceptionBecomesTheContractBodyWithItsDetails() throws Exception {
    HttpResponse<String> r = get("/test/api-error");
    assertThat(r.statusCode()).isEqualTo(409);
    JsonNode error = json.readTree(r.body()).path("error");
    assertThat(error.path("code").asText()).isEqualTo("SOMETHING_TAKEN");
    assertThat(error.path("message").asText()).isEqualTo("Đã có.");
    assertThat(error.path("what").asText()).isEqualTo("x");
  }

  @Test
  void aWrongMethodOnAKnownPathIsA405WithTheErrorBody() throws Exception {
    // was: 404 NOT_FOUND, as if /health did not exist
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "health?lang=en"))
        .DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(json.readTree(r.body()).at("/error/code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    assertThat(json.readTree(r.body()).at("/error/message").asText()).isEqualTo("Method not allowed.");
    HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "api/visits"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get("/no/such/thing").statusCode()).isEqualTo(404);
  }

  @Test
  void aBodyThatIsNotDeclaredAsJsonIsA415WithTheErrorBody() throws Exception {
    for (String type : new String[] {"application/xml", "multipart/form-data; boundary=x", "image/png"}) {
      HttpResponse<String> r = postVisit(type);
      assertThat(r.statusCode()).as(type).isEqualTo(415);
      assertThat(json.readTree(r.body()).at("/error/code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
      assertThat(json.readTree(r.body()).at("/error/message").asText()).contains("must be JSON");
    }
    // JSON sent the way `curl -d` and simple HTTP helpers send it is still read
    for (String type : new String[] {"application/json", "application/json; charset=UTF-8",
        "application/merge-patch+json", "text/plain", "application/x-www-form-urlencoded"}) {
      assertThat(postVisit(type).statusCode()).as(type).isEqualTo(202);
    }
  }

  static HttpResponse<String> postVisit(String contentType) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "api/visits?lang=en"))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString("{\"visitorId\":\"v\",\"path\":\"/\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void htmlSaysItIsUtf8LikeJson() throws Exception {
    // was: "text/html" without a charset for the visitors and poll fragments and the form page
    for (String path : new String[] {"/widgets/visitors", "/widgets/polls/nope", "/forms/birth-registration", "/"}) {
      HttpResponse<String> r = get(path);
      assertThat(r.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
          t -> assertThat(t).startsWith("text/html").containsIgnoringCase("charset=utf-8"));
    }
  }

  @Test
  void aRequestLineOverJettysLimitStillGetsTheJsonErrorBody() throws Exception {
    HttpResponse<String> r = get("/health?q=" + "a".repeat(20_000));
    assertThat(r.statusCode()).isBetween(400, 499);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/json"));
    assertThat(json.readTree(r.body()).at("/error/code").asText()).isNotEmpty();
  }

  @Test
  void unknownPathsGetTheErrorBodyInBothLanguages() throws Exception {
    HttpResponse<String> vi = get("/no/such/thing");
    assertThat(vi.statusCode()).isEqualTo(404);
    JsonNode error = json.readTree(vi.body()).path("error");
    assertThat(error.path("code").asText()).isEqualTo("NOT_FOUND");
    assertThat(error.path("message").asText()).isEqualTo("Không tìm thấy địa chỉ này.");

    HttpResponse<String> en = get("/no/such/thing?lang=en");
    assertThat(json.readTree(en.body()).at("/error/message").asText()).isEqualTo("No such resource.");
  }
}
