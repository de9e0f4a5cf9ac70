package vn.egov.sdk.examples.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.examples.PortalServer;
import vn.egov.sdk.examples.TestServers;
import vn.egov.sdk.testing.TestServices;

/**
 * Two portal server processes (separate JVMs, separate data directories, separate page-view buffers)
 * sharing one Redis or PostgreSQL store: they report the same figures, and a voter who sends the
 * same ballot to both at once is counted once.
 */
class TwoServersTest {
  private static final String TOKEN = "two-nodes-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @ParameterizedTest
  @ValueSource(strings = {"redis", "postgresql"})
  void twoServersSharingAStoreAgreeAndCountEveryVoterOnce(String kind, @TempDir Path dir) throws Exception {
    String store = kind.equals("redis") ? redisStore() : TestServices.newPostgresSchema();
    try (Node a = new Node(dir.resolve("a"), store); Node b = new Node(dir.resolve("b"), store)) {
      String poll = "{\"id\":\"two-nodes\",\"question\":\"Hai máy chủ?\","
          + "\"options\":[{\"id\":\"x\",\"text\":\"Có\"},{\"id\":\"y\",\"text\":\"Không\"}]}";
      assertThat(a.post("/api/polls", poll, TOKEN).statusCode()).isEqualTo(201);

      int voters = 30;
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Integer>> toA = new ArrayList<>();
        List<Future<Integer>> toB = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
          String ballot = "{\"voterId\":\"voter-" + v + "\",\"optionIds\":[\"" + (v % 3 == 0 ? "y" : "x") + "\"]}";
          toA.add(pool.submit(() -> a.post("/api/polls/two-nodes/votes", ballot, null).statusCode()));
          toB.add(pool.submit(() -> b.post("/api/polls/two-nodes/votes", ballot, null).statusCode()));
        }
        for (int v = 0; v < voters; v++) {
          assertThat(List.of(toA.get(v).get(), toB.get(v).get())).as("voter-" + v)
              .containsExactlyInAnyOrder(201, 409);
        }
        for (int i = 0; i < 40; i++) {
          Node node = i % 2 == 0 ? a : b;
          String visit = "{\"visitorId\":\"visitor-" + (i % 10) + "\",\"memberId\":null,\"path\":\"/tin-tuc/1442\"}";
          assertThat(node.post("/api/visits", visit, null).statusCode()).isEqualTo(202);
        }
      } finally {
        pool.shutdownNow();
      }

      JsonNode pollOnA = a.get("/api/polls/two-nodes");
      JsonNode pollOnB = b.get("/api/polls/two-nodes");
      assertThat(pollOnA.path("totalVoters").asLong()).isEqualTo(voters);
      assertThat(pollOnA.path("options")).isEqualTo(pollOnB.path("options"));
      assertThat(pollOnA.at("/options/0/votes").asLong()).isEqualTo(20);
      assertThat(pollOnA.at("/options/1/votes").asLong()).isEqualTo(10);

      // page views are buffered per node and flushed on a schedule: both converge on the same figures
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
        JsonNode onA = a.get("/api/visitors");
        JsonNode onB = b.get("/api/visitors");
        assertThat(onA.path("pageViews").asLong()).isEqualTo(40);
        assertThat(onA.at("/online/guests").asLong()).isEqualTo(10);
        assertThat(onA.path("totalVisits").asLong()).isEqualTo(10);
        assertThat(onB).isEqualTo(onA);
        assertThat(a.get("/api/page-views?path=/tin-tuc/1442").path("pageViews").asLong()).isEqualTo(40);
        assertThat(b.get("/api/page-views?path=/tin-tuc/1442").path("pageViews").asLong()).isEqualTo(40);
      });
    } finally {
      if (kind.equals("postgresql")) {
        TestServices.dropPostgresSchema(store);
      }
    }
  }

  private static String redisStore() {
    URI uri = URI.create(TestServices.redisUrl());
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()), 2_000);
    } catch (IOException e) {
      TestServices.unavailable("Redis", e);
    }
    return TestServices.redisUrl() + "?prefix=egov-two-nodes-" + UUID.randomUUID() + ":";
  }

  /** A portal server in its own JVM, with this module's test class path. */
  private static final class Node implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Listening on (http://127\\.0\\.0\\.1:\\d+/)");
    private final Process process;
    private final String base;

    Node(Path dataDir, String store) throws Exception {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
          "-cp", System.getProperty("java.class.path"), PortalServer.class.getName(),
          "--port", "0", "--data-dir", dataDir.toString(), "--stats-store", store,
          "--admin-token", TOKEN,
          "--fx-url", TestServers.NO_UPSTREAM.toString(), "--weather-url", TestServers.NO_UPSTREAM.toString()));
      process = new ProcessBuilder(command)
          .redirectError(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile()).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String found = null;
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      String line;
      while (found == null && System.nanoTime() < deadline && (line = out.readLine()) != null) {
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          found = m.group(1);
        }
      }
      if (found == null) {
        process.destroyForcibly();
        throw new AssertionError("the server process did not start");
      }
      base = found;
    }

    HttpResponse<String> post(String path, String body, String token) throws Exception {
      HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path.substring(1)))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if (token != null) {
        r.header("Authorization", "Bearer " + token);
      }
      return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode get(String path) throws Exception {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      return JSON.readTree(r.body());
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }
}
