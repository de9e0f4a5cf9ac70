package vn.egov.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the server releases its port and the embedded stores' file locks: a restart on the same data works. */
class PortalRestartTest {
  @TempDir Path dataDir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aClosedServerRestartsOnTheSamePortAndDataDirectoryWithItsData() throws Exception {
    int port;
    try (PortalApp first = PortalApp.start(TestServers.offline(dataDir))) {
      port = first.port();
      HttpResponse<String> filed = send(first, "POST", "/api/visits",
          "{\"visitorId\":\"restart-visitor\",\"path\":\"/restart\"}");
      assertThat(filed.statusCode()).isEqualTo(202);
    }
    // Every embedded database was closed: SQLite checkpoints and deletes a file's write-ahead log
    // (stats.db-wal, dossiers.db-wal) when its last connection closes, and only then.
    List<Path> databases;
    try (Stream<Path> files = Files.list(dataDir)) {
      databases = files.filter(f -> f.getFileName().toString().endsWith(".db")).toList();
    }
    assertThat(databases).extracting(f -> f.getFileName().toString()).contains("stats.db", "dossiers.db");
    for (Path db : databases) {
      assertThat(db.resolveSibling(db.getFileName() + "-wal")).as("write-ahead log of %s", db.getFileName())
          .doesNotExist();
    }
    try (PortalApp second = PortalApp.start(TestServers.offline(dataDir).withPort(port))) {
      assertThat(second.port()).isEqualTo(port);
      HttpResponse<String> health = send(second, "GET", "/health", null);
      assertThat(json.readTree(health.body()).path("status").asText()).isIn("UP", "DEGRADED");
      HttpResponse<String> views = send(second, "GET", "/api/page-views?path=/restart", null);
      assertThat(views.statusCode()).isEqualTo(200);
      assertThat(json.readTree(views.body()).path("pageViews").asLong()).isEqualTo(1);
    }
  }

  private HttpResponse<String> send(PortalApp app, String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.baseUrl() + path.substring(1)))
        .header("Content-Type", "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
