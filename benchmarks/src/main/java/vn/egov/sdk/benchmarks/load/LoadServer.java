package vn.egov.sdk.benchmarks.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import vn.egov.sdk.examples.PortalApp;
import vn.egov.sdk.examples.Routes;
import vn.egov.sdk.examples.ServerOptions;

/**
 * The portal server as {@code benchmarks/load} runs it: the real server with the given options, plus
 * one static file of exactly the home page's size at {@value #STATIC_PATH} (a copy of the page's
 * bytes, taken once the server is up), served from memory with an {@code ETag} and
 * {@code Cache-Control} as the site's static files are. The page's throughput over this file's is what
 * rendering the page costs against merely sending the same bytes.
 *
 * <p>Prints {@code Static copy: PATH (N bytes)} and then the contract's {@code Listening on …} line.
 */
public final class LoadServer {
  public static final String STATIC_PATH = "/bench/static-copy.html";

  private LoadServer() {}

  public static void main(String[] args) throws Exception {
    ServerOptions options = ServerOptions.parse(args);
    AtomicReference<byte[]> copy = new AtomicReference<>(new byte[0]);
    AtomicReference<String> etag = new AtomicReference<>("\"0\"");
    Routes staticCopy = routes -> routes.get(STATIC_PATH, ctx -> {
      ctx.header("ETag", etag.get());
      ctx.header("Cache-Control", "public, max-age=300");
      if (etag.get().equals(ctx.header("If-None-Match"))) {
        ctx.status(304);
        return;
      }
      ctx.contentType("text/html; charset=utf-8").result(copy.get());
    });
    PortalApp app = PortalApp.start(options, Clock.systemDefaultZone(), List.of(staticCopy));
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "load-server-shutdown"));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl()))
        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (page.statusCode() != 200) {
      throw new IllegalStateException("GET / answered " + page.statusCode());
    }
    copy.set(page.body());
    etag.set("\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(page.body()), 0, 8) + "\"");
    System.out.println("Static copy: " + STATIC_PATH + " (" + page.body().length + " bytes)");
    System.out.println("Listening on " + app.baseUrl());
    System.out.flush();
  }
}
