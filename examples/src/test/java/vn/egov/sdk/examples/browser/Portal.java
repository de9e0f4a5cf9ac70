package vn.egov.sdk.examples.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import vn.egov.sdk.examples.PortalApp;
import vn.egov.sdk.examples.ServerOptions;

/**
 * The portal server a browser test runs against: in the test's JVM, on a free port of 127.0.0.1,
 * with its own temporary data directory. Also a plain HTTP client for checks behind the browser's
 * back (the figures of {@code /api/polls/…}, a request with a forged {@code Origin}).
 */
public final class Portal {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortalApp app;
  private final ServerOptions options;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(30))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  Portal(PortalApp app, ServerOptions options) {
    this.app = app;
    this.options = options;
  }

  public PortalApp app() {
    return app;
  }

  public ServerOptions options() {
    return options;
  }

  public Path dataDir() {
    return options.dataDir();
  }

  /** {@code http://127.0.0.1:PORT/} */
  public URI base() {
    return URI.create(app.baseUrl());
  }

  /** The absolute URL of a path of this server ({@code /forms/x?lang=en}). */
  public URI uri(String path) {
    return base().resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  /** GET with the given headers (name, value, name, value…). */
  public HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
  }

  /** POST of {@code body} as {@code contentType} with the given headers (name, value, …). */
  public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .header("Content-Type", contentType);
    return send(b, headers);
  }

  /** GET of a JSON endpoint; fails unless it answers 200. */
  public JsonNode getJson(String path) {
    HttpResponse<String> r = get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("GET " + path + " did not answer JSON: " + r.body(), e);
    }
  }

  /**
   * Waits (up to {@link Browser#TIMEOUT}) until a JSON endpoint answers 200 and returns its body: for
   * what the server sets up just after it starts (the sample poll is seeded once its store answers).
   */
  public JsonNode awaitJson(String path) {
    org.awaitility.Awaitility.await("GET " + path + " answering 200").atMost(Browser.TIMEOUT)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> get(path).statusCode() == 200);
    return getJson(path);
  }

  private HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
    if (headers.length % 2 != 0) {
      throw new IllegalArgumentException("headers come in name, value pairs");
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
