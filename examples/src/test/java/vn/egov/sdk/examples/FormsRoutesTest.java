package vn.egov.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.forms.Attachment;
import vn.egov.sdk.forms.client.DossierClient;
import vn.egov.sdk.forms.client.ValidationFailedException;
import vn.egov.sdk.forms.client.DossierRefusedException;
import vn.egov.sdk.forms.client.DossierState;
import vn.egov.sdk.forms.desk.DossierStatus;
import vn.egov.sdk.forms.desk.Receipt;
import vn.egov.sdk.forms.Submission;
import vn.egov.sdk.core.Problem;

/** Forms and dossiers over HTTP, against the real server on 127.0.0.1. */
class FormsRoutesTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  /** Friday 27 November 2026, 14:35 in Vietnam. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T07:35:12Z"), ZoneOffset.UTC);
  /** The judicial record certificate: competent agency of 2.000488 in the sample catalog. */
  static final String JUDICIAL_UNIT = "000.00.15.H56";

  @TempDir Path dataDir;
  PortalApp app;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    app = PortalApp.start(TestServers.offline(dataDir).withAdminToken("secret"), CLOCK);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  static ObjectNode sample(String formId) throws IOException {
    try (InputStream in = FormsRoutesTest.class.getResourceAsStream("/forms/" + formId + ".json")) {
      return (ObjectNode) JSON.readTree(in);
    }
  }

  HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.baseUrl() + path.substring(1)))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String dossier(String formId, JsonNode data) {
    ObjectNode body = JSON.createObjectNode();
    body.put("formId", formId);
    body.set("data", data);
    return body.toString();
  }

  DossierClient client(OkHttpClient http) {
    return DossierClient.builder().baseUrl(app.baseUrl()).httpClient(http)
        .backoff(java.time.Duration.ofMillis(10), java.time.Duration.ofMillis(100)).build();
  }

  @Test
  void formsAreListedAndServedAsDefinitionSchemaAndHtml() throws Exception {
    JsonNode list = JSON.readTree(send("GET", "/api/forms?lang=en", null).body());
    assertThat(list.path("items")).hasSize(3);
    assertThat(list.path("items").get(0).path("procedureCode").asText()).isEqualTo("1.001193");
    assertThat(list.path("items").get(0).path("title").asText()).isEqualTo("Birth registration declaration");
    JsonNode def = JSON.readTree(send("GET", "/api/forms/judicial-record-request", null).body());
    assertThat(def.path("formatVersion").asInt()).isEqualTo(1);
    JsonNode schema = JSON.readTree(send("GET", "/api/forms/judicial-record-request/json-schema", null).body());
    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    HttpResponse<String> html = send("GET", "/forms/birth-registration", null);
    assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(html.body()).contains("<label for=\"f-childName\">Họ, chữ đệm, tên", "required",
        "enctype=\"multipart/form-data\"", "accept=\"application/pdf,image/jpeg,image/png\"");
    assertThat(send("GET", "/forms/birth-registration?print=1&lang=en", null).body())
        .contains("Birth registration declaration", "class=\"blank\"").doesNotContain("<input");
    PageBlock block = app.context().pageBlocks().stream().filter(b -> b.id().equals("forms")).findFirst().orElseThrow();
    assertThat(block.render(null, vn.egov.sdk.core.Language.EN))
        .contains("<a href=\"/forms/birth-registration?lang=en\">Birth registration declaration</a>");
    assertThat(send("GET", "/health", null).body()).contains("dossiers");
    HttpResponse<String> missing = send("GET", "/api/forms/nope", null);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).at("/error/code").asText()).isEqualTo("FORM_NOT_FOUND");
  }

  @Test
  void validateListsEveryViolationInTheAskedLanguage() throws Exception {
    ObjectNode data = sample("judicial-record-request");
    assertThat(JSON.readTree(send("POST", "/api/forms/judicial-record-request/validate", data.toString()).body())
        .path("valid").asBoolean()).isTrue();
    data.put("citizenId", "087090000999"); // male digit, declared female
    data.put("phone", "0112345678");
    JsonNode answer = JSON.readTree(
        send("POST", "/api/forms/judicial-record-request/validate?lang=en", data.toString()).body());
    assertThat(answer.path("valid").asBoolean()).isFalse();
    assertThat(answer.path("violations")).hasSize(2);
    assertThat(answer.at("/violations/0/path").asText()).isEqualTo("/citizenId");
    assertThat(answer.at("/violations/0/code").asText()).isEqualTo("CITIZEN_ID_SEX_MISMATCH");
    assertThat(answer.at("/violations/0/message").asText()).contains("sex");
    assertThat(answer.at("/violations/1/code").asText()).isEqualTo("PHONE_PREFIX");
  }

  @Test
  void filingIsIdempotentAndFollowsTheLifecycle() throws Exception {
    String body = dossier("judicial-record-request", sample("judicial-record-request"));
    HttpResponse<String> first = send("POST", "/api/dossiers", body, "Idempotency-Key", "abc");
    assertThat(first.statusCode()).isEqualTo(201);
    JsonNode receipt = JSON.readTree(first.body());
    String code = receipt.path("dossierCode").asText();
    assertThat(code).isEqualTo(JUDICIAL_UNIT + "-261127-0001");
    assertThat(receipt.path("receivedAt").asText()).isEqualTo("2026-11-27T14:35:12+07:00");
    assertThat(receipt.path("dueDate").asText()).matches("2026-12-\\d\\d");
    assertThat(receipt.at("/status/code").asInt()).isEqualTo(1);
    HttpResponse<String> again = send("POST", "/api/dossiers", body, "Idempotency-Key", "abc");
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(again.body())).isEqualTo(receipt);
    ObjectNode other = sample("judicial-record-request");
    other.put("copies", 3);
    HttpResponse<String> reused = send("POST", "/api/dossiers", dossier("judicial-record-request", other),
        "Idempotency-Key", "abc");
    assertThat(reused.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(reused.body()).at("/error/code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    HttpResponse<String> noKey = send("POST", "/api/dossiers", body);
    assertThat(JSON.readTree(noKey.body()).at("/error/code").asText()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");

    JsonNode state = JSON.readTree(send("GET", "/api/dossiers/" + code + "?lang=en", null).body());
    assertThat(state.at("/status/code").asInt()).isEqualTo(1);
    assertThat(state.at("/status/name").asText()).isEqualTo("SUBMITTED");
    assertThat(state.path("history")).hasSize(1);
    String move = "{\"code\":4,\"note\":\"x\"}";
    assertThat(send("POST", "/api/dossiers/" + code + "/status", move).statusCode()).isEqualTo(401);
    HttpResponse<String> invalid = send("POST", "/api/dossiers/" + code + "/status", move,
        "Authorization", "Bearer secret");
    assertThat(invalid.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(invalid.body()).at("/error/code").asText()).isEqualTo("INVALID_TRANSITION");
    HttpResponse<String> ok = send("POST", "/api/dossiers/" + code + "/status", "{\"code\":2,\"note\":\"Đủ hồ sơ\"}",
        "Authorization", "Bearer secret");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(ok.body()).at("/history/1/note").asText()).isEqualTo("Đủ hồ sơ");
    // who made each change (issue 11.5): the filing is the applicant's, a move without "actor" the admin's
    assertThat(JSON.readTree(ok.body()).at("/history/0/actor").asText()).isEqualTo("applicant");
    assertThat(JSON.readTree(ok.body()).at("/history/1/actor").asText()).isEqualTo("admin");
    HttpResponse<String> named = send("POST", "/api/dossiers/" + code + "/status",
        "{\"code\":5,\"note\":\"Bổ sung\",\"actor\":\"Nguyễn Văn C\"}", "Authorization", "Bearer secret");
    assertThat(named.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(named.body()).at("/history/2/actor").asText()).isEqualTo("Nguyễn Văn C");
    HttpResponse<String> blankActor = send("POST", "/api/dossiers/" + code + "/status",
        "{\"code\":4,\"actor\":\" \"}", "Authorization", "Bearer secret");
    assertThat(blankActor.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(blankActor.body()).at("/error/code").asText()).isEqualTo("INVALID_STATUS");
    assertThat(JSON.readTree(send("GET", "/api/dossiers/" + code, null).body()).at("/history/2/actor").asText())
        .isEqualTo("Nguyễn Văn C");
    assertThat(send("GET", "/api/dossiers/nope", null).statusCode()).isEqualTo(404);
  }

  @Test
  void invalidDossierIs422WithViolations() throws Exception {
    ObjectNode data = sample("judicial-record-request");
    data.remove("fullName");
    HttpResponse<String> r = send("POST", "/api/dossiers", dossier("judicial-record-request", data),
        "Idempotency-Key", "bad");
    assertThat(r.statusCode()).isEqualTo(422);
    JsonNode error = JSON.readTree(r.body()).path("error");
    assertThat(error.path("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(error.at("/violations/0/path").asText()).isEqualTo("/fullName");
    assertThat(error.at("/violations/0/code").asText()).isEqualTo("REQUIRED");
  }

  @Test
  void multipartWithAttachmentsThroughTheClient() throws Exception {
    DossierClient client = client(new OkHttpClient());
    Submission birth = new Submission("birth-registration", sample("birth-registration"),
        List.of(new Attachment("birthCertificate", "giay-chung-sinh.pdf", "application/pdf", PDF)));
    Receipt r = client.file(birth, "multi-1");
    assertThat(r.dossierCode()).endsWith("-261127-0001");
    assertThat(r.procedureCode()).isEqualTo("1.001193");
    DossierState state = client.status(r.dossierCode());
    assertThat(state.status()).isEqualTo(DossierStatus.SUBMITTED);
    Submission fake = new Submission("birth-registration", sample("birth-registration"),
        List.of(new Attachment("birthCertificate", "giay-chung-sinh.pdf", "application/pdf",
            "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))));
    try {
      client.file(fake, "multi-2");
      throw new AssertionError("a fake PDF must be refused");
    } catch (ValidationFailedException e) {
      assertThat(e.violations()).extracting(Problem::code)
          .containsExactly("ATTACHMENT_CONTENT_MISMATCH");
    }
    try {
      client.file(new Submission("birth-registration", sample("birth-registration"),
          List.of(new Attachment("birthCertificate", "giay-chung-sinh.pdf", "application/pdf",
              "%PDF-1.4 another scan".getBytes(StandardCharsets.US_ASCII)))), "multi-1");
      throw new AssertionError("a reused key must be refused");
    } catch (DossierRefusedException e) {
      assertThat(e.status()).isEqualTo(409);
    }
  }

  @Test
  void theHtmlFormPostsFieldsAndGetsAReceiptPage() throws Exception {
    String boundary = "b0undary";
    StringBuilder body = new StringBuilder();
    java.util.function.BiConsumer<String, String> part = (name, value) -> body.append("--").append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value)
        .append("\r\n");
    JsonNode data = sample("judicial-record-request");
    part.accept("formId", "judicial-record-request");
    part.accept("idempotencyKey", "html-1");
    data.fields().forEachRemaining(e -> {
      if (e.getValue().isArray()) {
        for (int i = 0; i < e.getValue().size(); i++) {
          int index = i;
          e.getValue().get(i).fields().forEachRemaining(
              f -> part.accept(e.getKey() + "." + index + "." + f.getKey(), f.getValue().asText()));
        }
      } else {
        part.accept(e.getKey(), e.getValue().asText());
      }
    });
    part.accept("email", "");
    body.append("--").append(boundary).append("--\r\n");
    HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "api/dossiers?lang=en"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.body()).contains("Dossier receipt", JUDICIAL_UNIT + "-261127-0001");
    String bad = body.toString().replace("name=\"idempotencyKey\"\r\n\r\nhtml-1", "name=\"idempotencyKey\"\r\n\r\nhtml-2")
        .replace("\r\n\r\n2\r\n", "\r\n\r\nhai\r\n");
    HttpResponse<String> invalid = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "api/dossiers?lang=en"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(bad, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.body()).contains("<code>/copies</code> The value must be of type integer.");
  }

  @Test
  void exactlyOnceWhenTheConnectionResetsAfterTheRequestWasSent() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    OkHttpClient resetting = new OkHttpClient.Builder().retryOnConnectionFailure(false).addInterceptor(chain -> {
      Response response = chain.proceed(chain.request());
      if (calls.incrementAndGet() == 1) {
        response.close();
        throw new java.net.SocketException("Connection reset");
      }
      return response;
    }).build();
    Submission judicial = new Submission("judicial-record-request", sample("judicial-record-request"), List.of());
    Receipt r = client(resetting).file(judicial, "reset-1");
    assertThat(calls.get()).isEqualTo(2);
    assertThat(r.dossierCode()).isEqualTo(JUDICIAL_UNIT + "-261127-0001");
    // one dossier, one code: the next filing is number 2
    Receipt next = client(new OkHttpClient()).file(judicial, "reset-2");
    assertThat(next.dossierCode()).isEqualTo(JUDICIAL_UNIT + "-261127-0002");
  }

  @Test
  void exactlyOnceWhenTheServiceAnswers503ThenSucceeds() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    OkHttpClient flaky = new OkHttpClient.Builder().addInterceptor(chain -> {
      Response response = chain.proceed(chain.request());
      if (calls.incrementAndGet() == 1) {
        response.close(); // the server filed it, but the caller sees a 503 from a proxy
        return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(503)
            .message("Service Unavailable").body(ResponseBody.create("{}", null)).build();
      }
      return response;
    }).build();
    Submission judicial = new Submission("judicial-record-request", sample("judicial-record-request"), List.of());
    Receipt r = client(flaky).file(judicial, "flaky-1");
    assertThat(calls.get()).isEqualTo(2);
    assertThat(r.dossierCode()).endsWith("-0001");
    assertThat(client(new OkHttpClient()).file(judicial, "flaky-2").dossierCode()).endsWith("-0002");
  }

  @Test
  void hundredParallelSubmissionsGetHundredDistinctGapFreeCodes() throws Exception {
    String body = dossier("judicial-record-request", sample("judicial-record-request"));
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Callable<HttpResponse<String>>> tasks = new ArrayList<>();
      IntStream.range(0, 100).forEach(i -> tasks.add(() -> send("POST", "/api/dossiers", body,
          "Idempotency-Key", "parallel-" + i)));
      Set<String> codes = new TreeSet<>();
      for (Future<HttpResponse<String>> f : pool.invokeAll(tasks)) {
        assertThat(f.get().statusCode()).isEqualTo(201);
        codes.add(JSON.readTree(f.get().body()).path("dossierCode").asText());
      }
      assertThat(codes).containsExactlyElementsOf(IntStream.rangeClosed(1, 100)
          .mapToObj(i -> JUDICIAL_UNIT + "-261127-" + String.format("%04d", i)).toList());
    } finally {
      pool.shutdownNow();
    }
  }
  @Test
  void aBodyOverTheLimitIs413WithTheErrorBodyForJsonAndMultipartAlike() throws Exception {
    // was: a multipart body had no size limit at all (read into memory, then 422 or worse).
    // The server refuses on the declared length without reading the body, and may close the connection
    // at once: a client still writing megabytes would then see a broken pipe instead of the answer, so
    // this client declares the length, sends the first kilobyte, and reads the answer.
    long declared = PortalApp.MAX_REQUEST_BYTES + 1024;
    URI base = URI.create(app.baseUrl());
    for (String type : new String[] {"multipart/form-data; boundary=XyZ", "application/json"}) {
      try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
        socket.setSoTimeout(60_000);
        String head = "POST /api/dossiers?lang=en HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type
            + "\r\nIdempotency-Key: big\r\nContent-Length: " + declared + "\r\nConnection: close\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().write("a".repeat(1024).getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
        java.io.InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        for (int n; !answer.toString(StandardCharsets.UTF_8).contains("}}") && (n = in.read(buffer)) > 0; ) {
          answer.write(buffer, 0, n);
        }
        String text = answer.toString(StandardCharsets.UTF_8);
        assertThat(text).as(type).startsWith("HTTP/1.1 413");
        JsonNode error = JSON.readTree(text.substring(text.indexOf('{'), text.lastIndexOf('}') + 1)).path("error");
        assertThat(error.path("code").asText()).as(type).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(error.path("message").asText()).as(type).isEqualTo("The request body is too large.");
      }
    }
  }

}
