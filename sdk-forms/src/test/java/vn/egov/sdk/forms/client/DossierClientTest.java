package vn.egov.sdk.forms.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.forms.Attachment;
import vn.egov.sdk.forms.Samples;
import vn.egov.sdk.forms.Submission;
import vn.egov.sdk.forms.desk.DossierStatus;
import vn.egov.sdk.forms.desk.Receipt;
import vn.egov.sdk.core.Problem;

/** The client against a scripted server on 127.0.0.1: retries, idempotency key, typed failures. */
class DossierClientTest {
  static final String RECEIPT = "{\"dossierCode\":\"000.00.15.H30-261127-0001\",\"procedureCode\":\"2.000488\","
      + "\"status\":{\"code\":1,\"name\":\"SUBMITTED\",\"label\":\"x\"},\"receivedAt\":\"2026-11-27T14:35:12+07:00\","
      + "\"dueDate\":\"2026-12-07\"}";
  MockWebServer server = new MockWebServer();
  DossierClient client;

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    client = DossierClient.builder().baseUrl(server.url("/").toString())
        .backoff(Duration.ofMillis(10), Duration.ofMillis(50)).maxAttempts(3).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static Submission judicial() {
    return new Submission("judicial-record-request", Samples.data("judicial-record-request"), List.of());
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  @Test
  void retriesA503AndAResetWithTheSameKey() throws Exception {
    server.enqueue(json(503, "{\"error\":{\"code\":\"UNAVAILABLE\",\"message\":\"x\"}}"));
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(201, RECEIPT));
    Receipt r = client.file(judicial(), "key-1");
    assertThat(r.dossierCode()).isEqualTo("000.00.15.H30-261127-0001");
    assertThat(r.status()).isEqualTo(DossierStatus.SUBMITTED);
    assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
    for (int i = 0; i < 3; i++) {
      RecordedRequest req = server.takeRequest();
      assertThat(req.getHeaders().get("Idempotency-Key")).isEqualTo("key-1");
      assertThat(req.getBody().utf8()).contains("\"formId\":\"judicial-record-request\"");
    }
  }

  @Test
  void givesUpAsServiceUnavailableAfterEveryAttempt() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(500, "{}"));
    }
    assertThatThrownBy(() -> client.file(judicial(), "k")).isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void unreachableServiceIsUnavailable() {
    DossierClient nowhere = DossierClient.builder().baseUrl("http://127.0.0.1:1/")
        .backoff(Duration.ofMillis(5), Duration.ofMillis(10)).maxAttempts(2).build();
    assertThatThrownBy(() -> nowhere.file(judicial(), "k")).isInstanceOf(ServiceUnavailableException.class);
  }

  @Test
  void invalidAndRefusedAreTypedAndNotRetried() {
    server.enqueue(json(422, "{\"error\":{\"code\":\"VALIDATION_FAILED\",\"message\":\"m\",\"violations\":"
        + "[{\"path\":\"/citizenId\",\"code\":\"CITIZEN_ID_PROVINCE\",\"message\":\"sai\"}]}}"));
    assertThatThrownBy(() -> client.file(judicial(), "k")).isInstanceOfSatisfying(ValidationFailedException.class,
        e -> assertThat(e.violations()).containsExactly(
            new Problem("/citizenId", "CITIZEN_ID_PROVINCE", "sai")));
    server.enqueue(json(409, "{\"error\":{\"code\":\"IDEMPOTENCY_KEY_REUSED\",\"message\":\"m\"}}"));
    assertThatThrownBy(() -> client.file(judicial(), "k")).isInstanceOfSatisfying(DossierRefusedException.class,
        e -> {
          assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
          assertThat(e.serviceMessage()).isEqualTo("m");
          assertThat(e.getMessage()).isEqualTo("HTTP 409 IDEMPOTENCY_KEY_REUSED");
        });
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void multipartCarriesDataAndFiles() throws Exception {
    server.enqueue(json(201, RECEIPT));
    client.file(new Submission("birth-registration", Samples.data("birth-registration"),
        List.of(new Attachment("birthCertificate", "giay-chung-sinh.pdf", "application/pdf", Samples.PDF))), "m");
    RecordedRequest req = server.takeRequest();
    assertThat(req.getHeaders().get("Content-Type")).startsWith("multipart/form-data");
    assertThat(req.getBody().utf8()).contains("name=\"formId\"", "name=\"data\"",
        "name=\"birthCertificate\"; filename=\"giay-chung-sinh.pdf\"", "%PDF-");
  }

  @Test
  void statusQueryReadsHistory() throws Exception {
    server.enqueue(json(200, "{\"dossierCode\":\"c\",\"status\":{\"code\":2},\"history\":["
        + "{\"status\":{\"code\":1},\"at\":\"2026-11-27T14:35:12+07:00\",\"note\":null},"
        + "{\"status\":{\"code\":2},\"at\":\"2026-11-27T15:00:00+07:00\",\"note\":\"ok\"}]}"));
    DossierState s = client.status("000.00.15.H30-261127-0001");
    assertThat(s.status()).isEqualTo(DossierStatus.RECEIVED);
    assertThat(s.history()).hasSize(2);
    assertThat(s.history().get(1).note()).contains("ok");
    server.enqueue(json(404, "{\"error\":{\"code\":\"DOSSIER_NOT_FOUND\",\"message\":\"m\"}}"));
    assertThatThrownBy(() -> client.status("x")).isInstanceOfSatisfying(DossierRefusedException.class,
        e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void closeReleasesTheConnectionsOfItsOwnHttpClientOnly() throws Exception {
    server.enqueue(json(201, RECEIPT));
    server.enqueue(json(201, RECEIPT));
    client.file(judicial(), "own-1");
    client.close();
    client.file(judicial(), "own-2");
    int first = server.takeRequest().getConnectionIndex();
    assertThat(server.takeRequest().getConnectionIndex()).as("a new connection after close").isNotEqualTo(first);

    okhttp3.OkHttpClient given = new okhttp3.OkHttpClient();
    try (DossierClient borrowing = DossierClient.builder().baseUrl(server.url("/").toString()).httpClient(given).build()) {
      server.enqueue(json(201, RECEIPT));
      borrowing.file(judicial(), "given-1");
      borrowing.close();
      assertThat(given.connectionPool().connectionCount()).as("the given client keeps its connection").isEqualTo(1);
    } finally {
      given.connectionPool().evictAll();
    }
  }
}
