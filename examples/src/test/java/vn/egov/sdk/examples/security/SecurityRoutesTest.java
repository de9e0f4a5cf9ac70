package vn.egov.sdk.examples.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.examples.PortalApp;
import vn.egov.sdk.examples.ServerOptions;
import vn.egov.sdk.examples.TestServers;
import vn.egov.sdk.examples.stats.StatsFeature;

/** Security headers, the origin check, rate limits and admin token sources, over real HTTP. */
class SecurityRoutesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VOTES = "/api/polls/" + StatsFeature.SAMPLE_POLL_ID + "/votes";
  private static final String EVIL = "https://evil.example";

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
  private final List<PortalApp> apps = new ArrayList<>();

  @AfterEach
  void stop() {
    apps.forEach(PortalApp::close);
  }

  private PortalApp start(String... args) {
    return start(Map.of(), args);
  }

  private PortalApp start(Map<String, String> env, String... args) {
    ServerOptions o = ServerOptions.parse(env, args).withPort(0).withDataDir(dir.resolve("data-" + apps.size()))
        .withUpstreams(TestServers.NO_UPSTREAM, TestServers.NO_UPSTREAM);
    PortalApp app = PortalApp.start(o);
    apps.add(app);
    return app;
  }

  private HttpResponse<String> send(PortalApp app, String method, String path, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.baseUrl() + path.substring(1)))
        .timeout(Duration.ofSeconds(60))
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

  private static String vote(String voter) {
    return "{\"voterId\":\"" + voter + "\",\"optionIds\":[\"tot\"]}";
  }

  private int voters(PortalApp app) throws Exception {
    return JSON.readTree(send(app, "GET", "/api/polls/" + StatsFeature.SAMPLE_POLL_ID, null).body())
        .path("totalVoters").asInt();
  }

  private static String code(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body()).path("error").path("code").asText();
  }

  private static void assertSecurityHeaders(String what, java.net.http.HttpHeaders h) {
    String csp = h.firstValue("Content-Security-Policy").orElse("");
    assertThat(csp).as(what + " CSP").contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
        "object-src 'none'", "base-uri 'none'", "frame-ancestors 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(h.firstValue("X-Content-Type-Options")).as(what + " nosniff").contains("nosniff");
    assertThat(h.firstValue("Referrer-Policy")).as(what + " Referrer-Policy").contains("strict-origin-when-cross-origin");
  }

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
    PortalApp app = start("--admin-token", "t0k3n-for-the-test");
    Object[][] requests = {
        {"GET", "/", null, 200}, {"GET", "/forms/birth-registration", null, 200},
        {"GET", "/widgets/fx", null, 200}, {"GET", "/widgets/polls/" + StatsFeature.SAMPLE_POLL_ID, null, 200},
        {"GET", "/api/procedures", null, 200}, {"GET", "/health", null, null},
        {"GET", "/api/nowhere", null, 404}, {"DELETE", "/api/procedures", null, 405},
        {"GET", "/api/procedures?page=0", null, 400}, {"POST", "/api/visits", "{\"visitorId\":\"\"}", 400},
        {"POST", "/api/polls", "{}", 401}, {"GET", "/api/procedures/none", null, 404},
        {"POST", "/api/visits", "{" + "\"x\":\"" + "a".repeat(17 * 1024 * 1024) + "\"}", 413},
    };
    for (Object[] r : requests) {
      HttpResponse<String> reply = send(app, (String) r[0], (String) r[1], (String) r[2]);
      String what = r[0] + " " + r[1];
      if (r[3] != null) {
        assertThat(reply.statusCode()).as(what).isEqualTo(r[3]);
      }
      assertSecurityHeaders(what + " → " + reply.statusCode(), reply.headers());
    }
  }

  @Test
  void jettysOwnErrorsCarryThemToo() throws Exception {
    PortalApp app = start();
    for (String request : new String[] {
        "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",          // URI too long
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(40_000) + "\r\n\r\n", // headers too large
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n"}) {                    // unparseable
      String answer = raw(app, request);
      assertThat(answer).as(answer.lines().findFirst().orElse("")).startsWith("HTTP/1.1 4")
          .containsIgnoringCase("Content-Security-Policy: default-src 'self'")
          .containsIgnoringCase("X-Content-Type-Options: nosniff")
          .containsIgnoringCase("Referrer-Policy: strict-origin-when-cross-origin");
    }
  }

  private static String raw(PortalApp app, String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", app.port())) {
      s.setSoTimeout(60_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      byte[] head = s.getInputStream().readNBytes(4096);
      String text = new String(head, StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      return end < 0 ? text : text.substring(0, end);
    }
  }

  @Test
  void crossOriginPostsAreRefusedAndChangeNothing() throws Exception {
    PortalApp app = start("--admin-token", "t0k3n-for-the-test");
    int before = voters(app);
    String[][] posts = {
        {VOTES, vote("cross-1")},
        {"/api/visits", "{\"visitorId\":\"v1\",\"memberId\":null,\"path\":\"/\"}"},
        {"/api/dossiers", "{\"formId\":\"judicial-record-request\",\"data\":{}}"},
        {"/api/forms/judicial-record-request/validate", "{}"},
        {"/api/polls", "{\"question\":\"Q?\",\"options\":[{\"id\":\"a\",\"text\":\"A\"},{\"id\":\"b\",\"text\":\"B\"}]}"},
    };
    for (String[] p : posts) {
      HttpResponse<String> modern = send(app, "POST", p[0], p[1], "Origin", EVIL, "Sec-Fetch-Site", "cross-site",
          "Authorization", "Bearer t0k3n-for-the-test");
      assertThat(modern.statusCode()).as(p[0]).isEqualTo(403);
      assertThat(code(modern)).isEqualTo("CROSS_ORIGIN_REQUEST");
      assertThat(modern.body()).contains("trang web khác");
      HttpResponse<String> old = send(app, "POST", p[0] + "?lang=en", p[1], "Origin", EVIL);
      assertThat(old.statusCode()).as(p[0] + " without Sec-Fetch-Site").isEqualTo(403);
      assertThat(old.body()).contains("another website");
      assertThat(send(app, "POST", p[0], p[1], "Origin", "null").statusCode()).as(p[0] + " opaque origin").isEqualTo(403);
      assertThat(send(app, "POST", p[0], p[1], "Sec-Fetch-Site", "same-site",
          "Origin", "http://127.0.0.1:1").statusCode()).as(p[0] + " same-site").isEqualTo(403);
    }
    assertThat(voters(app)).isEqualTo(before);
    assertThat(JSON.readTree(send(app, "GET", "/api/visitors", null).body()).path("pageViews").asInt()).isZero();
    assertThat(JSON.readTree(send(app, "GET", "/api/polls", null).body()).path("items")).hasSize(1);
  }

  @Test
  void sameOriginBrowsersAndServerToServerCallsStillWork() throws Exception {
    PortalApp app = start();
    String own = app.baseUrl().substring(0, app.baseUrl().length() - 1);
    int before = voters(app);
    assertThat(send(app, "POST", VOTES, vote("s2s")).statusCode()).as("no Origin: server to server").isEqualTo(201);
    assertThat(send(app, "POST", VOTES, vote("modern"), "Origin", own, "Sec-Fetch-Site", "same-origin").statusCode())
        .isEqualTo(201);
    assertThat(send(app, "POST", VOTES, vote("older"), "Origin", own).statusCode()).as("Origin = Host").isEqualTo(201);
    assertThat(voters(app)).isEqualTo(before + 3);
  }

  @Test
  void anAllowedPortalMayPostFromItsPagesAndFrameTheServer() throws Exception {
    PortalApp app = start("--allowed-origins", "https://portal.example.gov.vn,http://127.0.0.1:3000");
    assertThat(send(app, "POST", VOTES, vote("p1"), "Origin", "https://portal.example.gov.vn",
        "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(201);
    assertThat(send(app, "POST", VOTES, vote("p2"), "Origin", "http://127.0.0.1:3000").statusCode()).isEqualTo(201);
    assertThat(send(app, "POST", VOTES, vote("p3"), "Origin", EVIL, "Sec-Fetch-Site", "cross-site").statusCode())
        .isEqualTo(403);
    assertThat(send(app, "GET", "/widgets/fx", null).headers().firstValue("Content-Security-Policy").orElseThrow())
        .endsWith("frame-ancestors 'self' https://portal.example.gov.vn http://127.0.0.1:3000");
  }

  @Test
  void withoutTheOptionNothingIsRateLimited() throws Exception {
    PortalApp app = start();
    for (int i = 0; i < 40; i++) {
      assertThat(send(app, "POST", "/api/visits", "{\"visitorId\":\"v" + i + "\",\"memberId\":null,\"path\":\"/\"}")
          .statusCode()).isEqualTo(202);
    }
  }

  @Test
  void overTheLimitAClientGets429WithRetryAfterAndNothingIsCounted() throws Exception {
    PortalApp app = start("--rate-limit", "votes=2/h,visits=3/h");
    int before = voters(app);
    assertThat(send(app, "POST", VOTES, vote("r1")).statusCode()).isEqualTo(201);
    assertThat(send(app, "POST", VOTES, vote("r2")).statusCode()).isEqualTo(201);
    HttpResponse<String> third = send(app, "POST", VOTES + "?lang=en", vote("r3"));
    assertThat(third.statusCode()).isEqualTo(429);
    assertThat(code(third)).isEqualTo("RATE_LIMITED");
    long retryAfter = Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 1800L); // one ballot per 30 min refills
    assertThat(third.body()).contains("Too many requests");
    assertSecurityHeaders("429", third.headers());
    assertThat(voters(app)).isEqualTo(before + 2);
    // another kind has its own budget; reading is never limited
    for (int i = 0; i < 3; i++) {
      assertThat(send(app, "POST", "/api/visits", "{\"visitorId\":\"v\",\"memberId\":null,\"path\":\"/\"}").statusCode())
          .isEqualTo(202);
    }
    assertThat(send(app, "POST", "/api/visits", "{\"visitorId\":\"v\",\"memberId\":null,\"path\":\"/\"}").statusCode())
        .isEqualTo(429);
    for (int i = 0; i < 5; i++) {
      assertThat(send(app, "GET", "/api/polls/" + StatsFeature.SAMPLE_POLL_ID, null).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void behindATrustedProxyEachForwardedClientHasItsOwnBudget() throws Exception {
    PortalApp proxied = start("--rate-limit", "votes=1/h", "--trusted-proxies", "127.0.0.1,::1");
    assertThat(send(proxied, "POST", VOTES, vote("a"), "X-Forwarded-For", "198.51.100.1").statusCode()).isEqualTo(201);
    assertThat(send(proxied, "POST", VOTES, vote("b"), "X-Forwarded-For", "198.51.100.2").statusCode()).isEqualTo(201);
    assertThat(send(proxied, "POST", VOTES, vote("c"), "X-Forwarded-For", "198.51.100.1").statusCode()).isEqualTo(429);
    // without the option, a client's own X-Forwarded-For is not believed
    PortalApp direct = start("--rate-limit", "votes=1/h");
    assertThat(send(direct, "POST", VOTES, vote("a"), "X-Forwarded-For", "198.51.100.1").statusCode()).isEqualTo(201);
    assertThat(send(direct, "POST", VOTES, vote("b"), "X-Forwarded-For", "198.51.100.2").statusCode()).isEqualTo(429);
  }

  @Test
  void filingsAreLimitedEvenWhenTheyAreRefused() throws Exception {
    PortalApp app = start("--rate-limit", "filings=1/h");
    String body = "{\"formId\":\"judicial-record-request\",\"data\":{}}";
    assertThat(send(app, "POST", "/api/dossiers", body, "Idempotency-Key", "k1").statusCode()).isEqualTo(422);
    assertThat(send(app, "POST", "/api/dossiers", body, "Idempotency-Key", "k2").statusCode()).isEqualTo(429);
    assertThat(send(app, "GET", "/api/forms", null).statusCode()).isEqualTo(200);
  }

  @Test
  void theAdminTokenCanComeFromAFileOrTheEnvironment() throws Exception {
    Path file = dir.resolve("admin-token");
    Files.writeString(file, "from-a-file-0123456789\n");
    PortalApp fromFile = start("--admin-token-file", file.toString());
    String poll = "{\"question\":\"Q?\",\"options\":[{\"id\":\"a\",\"text\":\"A\"},{\"id\":\"b\",\"text\":\"B\"}]}";
    assertThat(send(fromFile, "POST", "/api/polls", poll, "Authorization", "Bearer from-a-file-0123456789").statusCode())
        .isEqualTo(201);
    assertThat(send(fromFile, "POST", "/api/polls", poll, "Authorization", "Bearer from-a-file-0123456789\n".trim() + "x")
        .statusCode()).isEqualTo(401);
    PortalApp fromEnv = start(Map.of("EGOV_ADMIN_TOKEN", "from-the-environment"));
    assertThat(send(fromEnv, "POST", "/api/polls", poll, "Authorization", "Bearer from-the-environment").statusCode())
        .isEqualTo(201);
    PortalApp none = start();
    assertThat(send(none, "POST", "/api/polls", poll, "Authorization", "Bearer from-the-environment").statusCode())
        .isEqualTo(404);
  }
}
