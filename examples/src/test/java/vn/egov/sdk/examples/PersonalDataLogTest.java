package vn.egov.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.examples.stats.StatsFeature;

/**
 * The whole server's log while citizens file, correct and follow dossiers, visit and vote: no citizen
 * id, phone number, e-mail, name, visitor id or voter id ever appears in it, whatever the outcome.
 */
class PersonalDataLogTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void noPersonalDataReachesTheLog() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (PortalApp app = PortalApp.start(TestServers.offline(dataDir).withAdminToken("secret"))) {
      ObjectNode data = FormsRoutesTest.sample("judicial-record-request");
      HttpResponse<String> filed = send(app, "/api/dossiers", FormsRoutesTest.dossier("judicial-record-request", data),
          "Idempotency-Key", "log-1");
      assertThat(filed.statusCode()).isEqualTo(201);
      String code = JSON.readTree(filed.body()).path("dossierCode").asText();

      ObjectNode wrong = data.deepCopy().put("citizenId", "999190000123").put("email", "not an e-mail 0976543210");
      assertThat(send(app, "/api/dossiers", FormsRoutesTest.dossier("judicial-record-request", wrong),
          "Idempotency-Key", "log-2").statusCode()).isEqualTo(422);
      assertThat(send(app, "/api/dossiers", "{\"formId\":\"judicial-record-request\",\"data\":{\"phone\":\"0912345678\"",
          "Idempotency-Key", "log-3").statusCode()).isEqualTo(400);
      assertThat(send(app, "/api/dossiers/" + code + "/status",
          "{\"code\":2,\"note\":\"Đã gọi 0934567890, thư tới an.nguyen@example.vn\"}",
          "Authorization", "Bearer secret").statusCode()).isEqualTo(200);
      assertThat(send(app, "/api/visits", "{\"visitorId\":\"visitor-0945678901\",\"path\":\"/\"}")
          .statusCode()).isEqualTo(202);
      assertThat(send(app, "/api/polls/" + StatsFeature.SAMPLE_POLL_ID + "/votes",
          "{\"voterId\":\"voter-079190001234\",\"optionIds\":[\"tot\"]}").statusCode()).isEqualTo(201);
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("Dossier ").doesNotContain("087190000999", "387654321", "hoa.le", "Lê Thị Hoa",
        "999190000123", "0976543210", "0912345678", "0934567890", "an.nguyen", "0945678901", "079190001234");
  }

  private HttpResponse<String> send(PortalApp app, String path, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.baseUrl() + path.substring(1)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
