package vn.egov.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, point 3: {@link PortalApp#close()} (what SIGTERM runs) stops accepting requests, lets the
 * request in flight finish, and only then flushes page views and closes the stores.
 */
class OrderlyStopTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dataDir;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aRequestInFlightFinishesWhileNewConnectionsAreRefusedAndPageViewsAreKept() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Routes slow = routes -> routes.get("/test/slow", ctx -> {
      entered.countDown();
      if (!release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the slow request");
      }
      ctx.result("finished");
    });
    PortalApp app = PortalApp.start(TestServers.offline(dataDir), Clock.systemDefaultZone(), List.of(slow));
    int port = app.port();
    for (int i = 0; i < 25; i++) {
      assertThat(send(app, "POST", "/api/visits", "{\"visitorId\":\"stop-" + i + "\",\"path\":\"/orderly-stop\"}")
          .statusCode()).isEqualTo(202);
    }

    CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
        HttpRequest.newBuilder(URI.create(app.baseUrl() + "test/slow")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(entered.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the slow request reached its handler").isTrue();

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::close);
    waitUntil(() -> refusesConnections(port), "the stopping server refuses new connections");
    assertThat(stopping).as("close() waits for the request in flight").isNotDone();
    assertThat(inFlight).isNotDone();

    release.countDown();
    HttpResponse<String> finished = inFlight.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    assertThat(finished.statusCode()).isEqualTo(200);
    assertThat(finished.body()).isEqualTo("finished");
    stopping.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    app.close(); // a second close (the shutdown hook after an explicit close) does nothing

    try (PortalApp again = PortalApp.start(TestServers.offline(dataDir))) {
      HttpResponse<String> views = send(again, "GET", "/api/page-views?path=/orderly-stop", null);
      assertThat(views.statusCode()).isEqualTo(200);
      assertThat(views.body()).contains("\"pageViews\":25");
    }
  }

  private static boolean refusesConnections(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
      return false;
    } catch (ConnectException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + PATIENCE + ": " + what);
      }
      Thread.sleep(20);
    }
  }

  private HttpResponse<String> send(PortalApp app, String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.baseUrl() + path.substring(1)))
        .header("Content-Type", "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
