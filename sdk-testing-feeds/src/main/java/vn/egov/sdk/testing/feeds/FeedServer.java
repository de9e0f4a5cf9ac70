package vn.egov.sdk.testing.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every {@link Feed} on one port of {@code 127.0.0.1}, each at its own path, answering like the real
 * feeds ({@link Feed#answer(String, boolean)}); anything else is 404. Runs on the JDK's HTTP server with
 * a small pool of daemon threads. The portal server's {@code --simulate-upstreams} uses it; tests that
 * need faults use sdk-testing's simulators instead.
 */
public final class FeedServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile boolean changed;

  private FeedServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts the feeds on a free port of {@code 127.0.0.1}. */
  public static FeedServer start() {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("the simulated feeds could not open a port", e);
    }
    ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "egov-simulated-feeds");
      t.setDaemon(true);
      return t;
    });
    FeedServer feeds = new FeedServer(server, executor);
    server.createContext("/", feeds::handle);
    server.setExecutor(executor);
    server.start();
    return feeds;
  }

  /** {@code http://127.0.0.1:PORT} (no trailing slash): the base URL of every feed. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The full URL of {@code feed}: {@link #baseUrl()} plus {@link Feed#path()}. */
  public URI url(Feed feed) {
    return URI.create(baseUrl() + feed.path());
  }

  /** Serves the "changed" samples from now on ({@code true}) or the original ones again. */
  public void serveChangedData(boolean on) {
    this.changed = on;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Feed.Answer answer = Feed.ofPath(exchange.getRequestURI().getPath())
          .filter(f -> exchange.getRequestMethod().equals("GET"))
          .map(f -> f.answer(exchange.getRequestURI().getRawQuery(), changed))
          .orElseGet(() -> new Feed.Answer(404, "text/plain", "Not Found".getBytes(StandardCharsets.US_ASCII)));
      byte[] body = answer.body();
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      exchange.sendResponseHeaders(answer.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Stops answering and frees the port; idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
      executor.shutdownNow();
    }
  }
}
