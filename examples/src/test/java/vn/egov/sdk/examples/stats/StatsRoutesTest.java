package vn.egov.sdk.examples.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import vn.egov.sdk.examples.TestServers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.examples.PortalApp;
import vn.egov.sdk.examples.ServerOptions;

class StatsRoutesTest {
  private static final String TOKEN = "admin-secret-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<PortalApp> apps = new ArrayList<>();

  @AfterEach
  void stop() {
    apps.forEach(PortalApp::close);
  }

  private PortalApp start(ServerOptions options) {
    PortalApp app = PortalApp.start(options.withPort(0).withDataDir(dir));
    apps.add(app);
    return app;
  }

  private PortalApp start() {
    return start(TestServers.offlineDefaults().withAdminToken(TOKEN));
  }

  record Reply(int status, String body, String contentType) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    String code() throws IOException {
      return json().path("error").path("code").asText();
    }
  }

  private Reply send(PortalApp app, String method, String path, String body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.baseUrl() + path.substring(1)))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
  }

  private Reply get(PortalApp app, String path) throws IOException, InterruptedException {
    return send(app, "GET", path, null, null);
  }

  private Reply post(PortalApp app, String path, String body) throws IOException, InterruptedException {
    return send(app, "POST", path, body, null);
  }

  private static void eventually(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 60 s");
      }
      Thread.sleep(100);
    }
  }

  private long pageViews(PortalApp app, String path) {
    try {
      return get(app, "/api/page-views?path=" + path).json().path("pageViews").asLong();
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aPathInNfdAndInNfcIsOnePageAndIsAnsweredInNfc() throws Exception {
    // was: "/tin-tức" sent in NFD was counted apart and echoed back in NFD
    PortalApp app = start();
    String nfd = java.text.Normalizer.normalize("/tin-tức", java.text.Normalizer.Form.NFD);
    String nfc = java.text.Normalizer.normalize("/tin-tức", java.text.Normalizer.Form.NFC);
    assertThat(post(app, "/api/visits", "{\"visitorId\":\"n1\",\"path\":\"" + nfd + "\"}").status()).isEqualTo(202);
    assertThat(post(app, "/api/visits", "{\"visitorId\":\"n2\",\"path\":\"" + nfc + "\"}").status()).isEqualTo(202);
    String encodedNfd = java.net.URLEncoder.encode(nfd, StandardCharsets.UTF_8);
    eventually(() -> pageViews(app, encodedNfd) == 2);
    Reply r = get(app, "/api/page-views?path=" + encodedNfd);
    assertThat(r.json().path("path").asText()).isEqualTo(nfc);
    assertThat(r.body()).startsWith("{\"path\":");
  }

  @Test
  void pageViewsAreAcceptedAndCounted() throws Exception {
    PortalApp app = start();
    for (String visitor : List.of("v1", "v1", "v2")) {
      Reply r = post(app, "/api/visits", "{\"visitorId\":\"" + visitor + "\",\"memberId\":null,\"path\":\"/tin-tuc/1442\"}");
      assertThat(r.status()).isEqualTo(202);
    }
    assertThat(post(app, "/api/visits", "{\"visitorId\":\"m1\",\"memberId\":\"member-9\",\"path\":\"/\"}").status())
        .isEqualTo(202);
    eventually(() -> pageViews(app, "/tin-tuc/1442") == 3);
    Reply v = get(app, "/api/visitors");
    assertThat(v.status()).isEqualTo(200);
    assertThat(v.contentType()).startsWith("application/json").containsIgnoringCase("charset=utf-8");
    JsonNode s = v.json();
    assertThat(s.path("windowSeconds").asInt()).isEqualTo(300);
    assertThat(s.path("online").path("guests").asInt()).isEqualTo(2);
    assertThat(s.path("online").path("members").asInt()).isEqualTo(1);
    assertThat(s.path("online").path("total").asInt()).isEqualTo(3);
    assertThat(s.path("totalVisits").asInt()).isEqualTo(3);
    assertThat(s.path("pageViews").asInt()).isEqualTo(4);
    assertThat(s.path("today").path("visits").asInt()).isEqualTo(3);
    assertThat(s.path("today").path("uniqueVisitors").asInt()).isEqualTo(3);
    Reply never = get(app, "/api/page-views?path=/never");
    assertThat(never.json().path("path").asText()).isEqualTo("/never");
    assertThat(never.json().path("pageViews").asInt()).isZero();
  }

  @Test
  void theDemoPageCountsItsOwnViewsWithAnOpaqueCookieAndShowsTheBlocks() throws Exception {
    PortalApp app = start();
    URI uri = URI.create(app.baseUrl());
    HttpResponse<String> first = http.send(HttpRequest.newBuilder(uri).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith(StatsFeature.VISITOR_COOKIE + "=").containsIgnoringCase("HttpOnly");
    assertThat(first.body()).contains("Thống kê truy cập", "Thăm dò ý kiến", "Bạn đánh giá thế nào",
        "href=\"/binh-chon/" + StatsFeature.SAMPLE_POLL_ID + "\"");
    String pair = cookie.substring(0, cookie.indexOf(';'));
    HttpResponse<String> second = http.send(HttpRequest.newBuilder(uri).header("Cookie", pair).build(),
        HttpResponse.BodyHandlers.ofString());
    // the results without voting: the poll's own page (the same visitor)
    assertThat(http.send(HttpRequest.newBuilder(uri.resolve("/binh-chon/" + StatsFeature.SAMPLE_POLL_ID))
        .header("Cookie", pair).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body())
        .contains("64%", "Dữ liệu mẫu");
    assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
    eventually(() -> pageViews(app, "/") == 2);
    JsonNode s = get(app, "/api/visitors").json();
    assertThat(s.path("online").path("total").asInt()).isEqualTo(1);
    assertThat(s.path("totalVisits").asInt()).isEqualTo(1);
  }

  @Test
  void badPageViewsAreRefusedWithTheContractCodes() throws Exception {
    PortalApp app = start();
    for (String body : List.of("{\"visitorId\":\"\",\"path\":\"/\"}", "{\"path\":\"/\"}",
        "{\"visitorId\":12,\"path\":\"/\"}", "{\"visitorId\":\"" + "x".repeat(129) + "\",\"path\":\"/\"}",
        "{\"visitorId\":\"a\\u0007b\",\"path\":\"/\"}", "{\"visitorId\":\"v\",\"memberId\":5,\"path\":\"/\"}",
        "not json", "")) {
      Reply r = post(app, "/api/visits", body);
      assertThat(r.status()).as(body).isEqualTo(400);
      assertThat(r.code()).as(body).isEqualTo("INVALID_VISITOR");
    }
    for (String body : List.of("{\"visitorId\":\"v\"}", "{\"visitorId\":\"v\",\"path\":\"tin-tuc\"}",
        "{\"visitorId\":\"v\",\"path\":\"/" + "a".repeat(600) + "\"}")) {
      Reply r = post(app, "/api/visits", body);
      assertThat(r.status()).as(body).isEqualTo(400);
      assertThat(r.code()).as(body).isEqualTo("INVALID_PATH");
    }
    assertThat(get(app, "/api/page-views").code()).isEqualTo("INVALID_PATH");
    assertThat(get(app, "/api/page-views?path=/" + "a".repeat(600)).code()).isEqualTo("INVALID_PATH");
  }

  @Test
  void theSamplePollOf2013IsSeededAndVotesFollowTheContract() throws Exception {
    PortalApp app = start();
    JsonNode list = get(app, "/api/polls").json();
    assertThat(list.path("items")).hasSize(1);
    JsonNode sample = list.path("items").get(0);
    assertThat(sample.path("id").asText()).isEqualTo(StatsFeature.SAMPLE_POLL_ID);
    assertThat(sample.path("sample").asBoolean()).isTrue();
    assertThat(sample.path("status").asText()).isEqualTo("OPEN");
    assertThat(sample.path("totalVoters").asInt()).isEqualTo(25);
    assertThat(sample.path("options").findValuesAsText("percent")).containsExactly("64", "16", "4", "16");
    assertThat(sample.has("opensAt")).isTrue();
    assertThat(sample.path("opensAt").isNull()).isTrue();

    String path = "/api/polls/" + StatsFeature.SAMPLE_POLL_ID + "/votes";
    Reply ok = post(app, path, "{\"voterId\":\"citizen-1\",\"optionIds\":[\"kha\"]}");
    assertThat(ok.status()).isEqualTo(201);
    assertThat(ok.json().path("totalVoters").asInt()).isEqualTo(26);
    assertThat(ok.json().path("options").get(1).path("votes").asInt()).isEqualTo(5);
    int sum = 0;
    for (JsonNode o : ok.json().path("options")) {
      sum += o.path("percent").asInt();
    }
    assertThat(sum).isEqualTo(100);

    Reply again = post(app, path, "{\"voterId\":\"citizen-1\",\"optionIds\":[\"tot\"]}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("ALREADY_VOTED");
    assertThat(post(app, path, "{\"voterId\":\"c2\",\"optionIds\":[\"nope\"]}").code()).isEqualTo("INVALID_OPTION");
    assertThat(post(app, path, "{\"voterId\":\"c2\",\"optionIds\":\"tot\"}").code()).isEqualTo("INVALID_OPTION");
    assertThat(post(app, path, "{\"voterId\":\"c2\",\"optionIds\":[\"tot\",\"kha\"]}").code())
        .isEqualTo("TOO_MANY_CHOICES");
    assertThat(post(app, path, "{\"voterId\":\"\",\"optionIds\":[\"tot\"]}").code()).isEqualTo("INVALID_VOTER");
    assertThat(post(app, path, "{\"optionIds\":[\"tot\"]}").code()).isEqualTo("INVALID_VOTER");
    Reply missing = post(app, "/api/polls/khong-co/votes", "{\"voterId\":\"c2\",\"optionIds\":[\"tot\"]}");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("POLL_NOT_FOUND");
    assertThat(get(app, "/api/polls/khong-co").status()).isEqualTo(404);
    assertThat(get(app, "/api/polls/" + StatsFeature.SAMPLE_POLL_ID + "?lang=en").json()
        .path("totalVoters").asInt()).isEqualTo(26);
  }

  @Test
  void administratorsCreateAndClosePolls() throws Exception {
    PortalApp app = start();
    String poll = "{\"id\":\"dich-vu-cong\",\"question\":\"Bạn đã dùng dịch vụ công trực tuyến?\","
        + "\"options\":[{\"id\":\"co\",\"text\":\"Có\"},{\"id\":\"chua\",\"text\":\"Chưa\"}]}";
    assertThat(send(app, "POST", "/api/polls", poll, null).status()).isEqualTo(401);
    assertThat(send(app, "POST", "/api/polls", poll, "wrong").status()).isEqualTo(401);
    Reply created = send(app, "POST", "/api/polls", poll, TOKEN);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("question").asText()).isEqualTo("Bạn đã dùng dịch vụ công trực tuyến?");
    assertThat(created.json().path("maxChoices").asInt()).isEqualTo(1);
    assertThat(created.json().path("options").findValuesAsText("percent")).containsExactly("0", "0");
    Reply dup = send(app, "POST", "/api/polls", poll, TOKEN);
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.code()).isEqualTo("POLL_EXISTS");

    Reply invalid = send(app, "POST", "/api/polls",
        "{\"question\":\"\",\"options\":[{\"id\":\"a\",\"text\":\"A\"}],\"maxChoices\":\"two\","
            + "\"closesAt\":\"tomorrow\"}", TOKEN);
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.code()).isEqualTo("INVALID_POLL");
    assertThat(invalid.json().path("error").path("problems").toString())
        .contains("maxChoices", "closesAt", "question", "options");

    Reply later = send(app, "POST", "/api/polls", "{\"id\":\"later\",\"question\":\"Q?\",\"options\":"
        + "[{\"id\":\"a\",\"text\":\"A\"},{\"id\":\"b\",\"text\":\"B\"}],\"maxChoices\":2,"
        + "\"opensAt\":\"2099-01-01T08:00:00+07:00\"}", TOKEN);
    assertThat(later.status()).isEqualTo(201);
    assertThat(later.json().path("status").asText()).isEqualTo("SCHEDULED");
    assertThat(later.json().path("opensAt").asText()).isEqualTo("2099-01-01T08:00:00+07:00");
    assertThat(post(app, "/api/polls/later/votes", "{\"voterId\":\"v\",\"optionIds\":[\"a\"]}").code())
        .isEqualTo("POLL_NOT_OPEN");

    assertThat(send(app, "POST", "/api/polls/dich-vu-cong/close", null, null).status()).isEqualTo(401);
    Reply closed = send(app, "POST", "/api/polls/dich-vu-cong/close", null, TOKEN);
    assertThat(closed.status()).isEqualTo(200);
    assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
    Reply vote = post(app, "/api/polls/dich-vu-cong/votes", "{\"voterId\":\"v\",\"optionIds\":[\"co\"]}");
    assertThat(vote.status()).isEqualTo(409);
    assertThat(vote.code()).isEqualTo("POLL_CLOSED");
    assertThat(send(app, "POST", "/api/polls/khong-co/close", null, TOKEN).code()).isEqualTo("POLL_NOT_FOUND");
  }

  @Test
  void withoutAnAdminTokenTheAdminEndpointsDoNotExist() throws Exception {
    PortalApp app = start(TestServers.offlineDefaults());
    assertThat(send(app, "POST", "/api/polls", "{}", "anything").status()).isEqualTo(404);
    assertThat(send(app, "POST", "/api/polls/" + StatsFeature.SAMPLE_POLL_ID + "/close", null, "x").status())
        .isEqualTo(404);
  }

  @Test
  void widgetsAreEscapedFragmentsInVietnameseOrEnglish() throws Exception {
    PortalApp app = start();
    Reply vi = get(app, "/widgets/visitors");
    assertThat(vi.status()).isEqualTo(200);
    assertThat(vi.contentType()).startsWith("text/html");
    assertThat(vi.body()).contains("Thống kê truy cập", "Khách", "Thành viên", "Tổng lượt truy cập")
        .doesNotContain("<html");
    assertThat(get(app, "/widgets/visitors?lang=en").body()).contains("Visitor statistics", "Guests", "Members");

    send(app, "POST", "/api/polls", "{\"id\":\"xss\",\"question\":\"<script>alert(1)</script>\",\"options\":"
        + "[{\"id\":\"a\",\"text\":\"A & B\"},{\"id\":\"b\",\"text\":\"\\\"q\\\"\"}]}", TOKEN);
    Reply poll = get(app, "/widgets/polls/xss");
    assertThat(poll.status()).isEqualTo(200);
    assertThat(poll.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "A &amp; B", "&quot;q&quot;")
        .doesNotContain("<script>");
    Reply sample = get(app, "/widgets/polls/" + StatsFeature.SAMPLE_POLL_ID + "?lang=en");
    assertThat(sample.body()).contains("64%", "16%", "4%", "Sample data", "Voters: 25");
    Reply missing = get(app, "/widgets/polls/khong-co");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("Không tìm thấy cuộc thăm dò này.");
  }

  @Test
  void anUnreachableStoreMeans503ForVotesWhilePageViewsAreStillAccepted() throws Exception {
    int deadPort;
    try (ServerSocket s = new ServerSocket(0)) {
      deadPort = s.getLocalPort();
    }
    PortalApp app = start(TestServers.offlineDefaults().withStatsStore("redis://127.0.0.1:" + deadPort));
    Reply vote = post(app, "/api/polls/p/votes", "{\"voterId\":\"v\",\"optionIds\":[\"a\"]}");
    assertThat(vote.status()).isEqualTo(503);
    assertThat(vote.code()).isEqualTo("STORE_UNAVAILABLE");
    assertThat(vote.body()).doesNotContain("Exception", "Jedis", "redis", "127.0.0.1");
    assertThat(post(app, "/api/visits", "{\"visitorId\":\"v\",\"path\":\"/\"}").status()).isEqualTo(202);
    assertThat(get(app, "/api/visitors").code()).isEqualTo("STORE_UNAVAILABLE");
    Reply widget = get(app, "/widgets/visitors");
    assertThat(widget.status()).isEqualTo(200);
    assertThat(widget.body()).contains("Số liệu tạm thời chưa hiển thị được");
    JsonNode health = get(app, "/health").json();
    assertThat(health.path("status").asText()).isEqualTo("DEGRADED");
    assertThat(health.path("components").path("stats").path("status").asText()).isEqualTo("DEGRADED");
  }
}
