package vn.egov.sdk.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.examples.PortalApp;
import vn.egov.sdk.examples.TestServers;
import vn.egov.sdk.examples.stats.StatsFeature;
import vn.egov.sdk.examples.stats.VoterCookie;

/** The site's pages over plain HTTP: caching, language, markup without inline code, poll and form posts. */
class SitePagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "site-admin-token";
  private static final List<String> PAGES = List.of("/", "/?lang=en", "/thu-tuc/1.001193", "/thu-tuc/NOPE",
      "/forms/birth-registration", "/forms/household-business-registration?print=1", "/forms/nope",
      "/tra-cuu-ho-so", "/tra-cuu-ho-so?ma=x", "/binh-chon/" + StatsFeature.SAMPLE_POLL_ID, "/binh-chon/nope");

  @TempDir
  static Path dir;
  static PortalApp app;
  static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void start() {
    app = PortalApp.start(TestServers.offline(dir).withAdminToken(TOKEN));
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
        .until(() -> get("/api/polls/" + StatsFeature.SAMPLE_POLL_ID).statusCode() == 200);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void staticFilesAreCachedForAYearUnderTheirVersionedUrlAndRevalidatedOtherwise() {
    String home = get("/").body();
    Matcher css = Pattern.compile("href=\"(/static/site\\.css\\?v=([0-9a-f]{16}))\"").matcher(home);
    assertThat(css.find()).isTrue();
    HttpResponse<String> versioned = get(css.group(1));
    assertThat(versioned.statusCode()).isEqualTo(200);
    assertThat(versioned.headers().firstValue("Content-Type").orElse("")).isEqualTo("text/css; charset=utf-8");
    assertThat(versioned.headers().firstValue("Cache-Control").orElse("")).isEqualTo("public, max-age=31536000, immutable");
    String etag = versioned.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).isEqualTo("\"" + css.group(2) + "\"");
    assertThat(get("/static/site.css").headers().firstValue("Cache-Control").orElse("")).isEqualTo("public, max-age=300");
    assertThat(get("/static/site.css?v=old").headers().firstValue("Cache-Control").orElse("")).isEqualTo("public, max-age=300");
    HttpResponse<String> again = get("/static/site.css", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(get("/static/form.js").headers().firstValue("Content-Type").orElse("")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(get("/static/emblem.svg").headers().firstValue("Content-Type").orElse("")).isEqualTo("image/svg+xml");
    assertThat(get("/static/nope.js").statusCode()).isEqualTo(404);
    assertThat(get("/static/..%2Fsimplelogger.properties").statusCode()).isEqualTo(404);
    // pages themselves are revalidated every time: they carry live figures
    assertThat(get("/").headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-cache");
  }

  @Test
  void noPageHasInlineScriptStyleOrHandlersNorLoadsAnythingFromAnotherOrigin() {
    Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
    Pattern handler = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    Pattern remote = Pattern.compile("(?:src|href)=\"(?:https?:)?//", Pattern.CASE_INSENSITIVE);
    for (String page : PAGES) {
      HttpResponse<String> r = get(page);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).as(page).startsWith("text/html");
      String html = r.body();
      assertThat(inlineScript.matcher(html).find()).as(page + ": inline script").isFalse();
      assertThat(html).as(page).doesNotContain("<style", " style=\"");
      assertThat(handler.matcher(html).find()).as(page + ": on… handler").isFalse();
      assertThat(remote.matcher(html).find()).as(page + ": a resource from another origin").isFalse();
      assertThat(html).as(page).startsWith("<!DOCTYPE html>").contains("<main id=\"main\"", "<title>");
      assertThat(html).as(page).doesNotContain("Exception", "null</");
    }
  }

  @Test
  void theLanguageChosenOnceIsRememberedByThePagesButNotByTheJsonApi() {
    HttpResponse<String> en = get("/?lang=en");
    String cookie = en.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(SiteLang.COOKIE + "="))
        .findFirst().orElseThrow();
    assertThat(cookie).contains("egov_lang=en", "Path=/", "HttpOnly", "SameSite=Lax").containsIgnoringCase("Max-Age=");
    String pair = cookie.substring(0, cookie.indexOf(';'));
    assertThat(get("/thu-tuc/1.001193", "Cookie", pair).body()).contains("<html lang=\"en\">", "How to file");
    assertThat(get("/forms/birth-registration", "Cookie", pair).body()).contains("Birth registration declaration");
    assertThat(get("/thu-tuc/1.001193", "Cookie", pair).body()).contains("href=\"/thu-tuc/1.001193?lang=vi\"")
        // the catalog's own texts are Vietnamese: marked so on an English page (WCAG 3.1.2)
        .contains("<h1 id=\"procedure-h\" lang=\"vi\">Đăng ký khai sinh</h1>", "<ol class=\"steps\" lang=\"vi\">");
    assertThat(get("/thu-tuc/1.001193").body()).contains("<h1 id=\"procedure-h\">Đăng ký khai sinh</h1>");
    assertThat(get("/binh-chon/" + StatsFeature.SAMPLE_POLL_ID + "?lang=en").body())
        .contains("<legend lang=\"vi\">Bạn đánh giá thế nào");
    // the contract: JSON and fragments follow ?lang alone
    assertThat(get("/api/forms", "Cookie", pair).body()).contains("Tờ khai đăng ký khai sinh");
    assertThat(get("/widgets/visitors", "Cookie", pair).body()).contains("Thống kê truy cập");
    // a switch back is remembered too; a junk value is Vietnamese and not stored
    HttpResponse<String> vi = get("/?lang=vi", "Cookie", pair);
    assertThat(vi.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("egov_lang=vi"));
    HttpResponse<String> junk = get("/?lang=fr");
    assertThat(junk.body()).contains("<html lang=\"vi\">");
    assertThat(junk.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("egov_lang="));
  }

  @Test
  void aVoteWithoutScriptIsAPostAndARedirectAndTheSignedVoterIsCountedOnce() throws Exception {
    String path = "/binh-chon/" + StatsFeature.SAMPLE_POLL_ID;
    long before = voters();
    HttpResponse<String> first = post(path, "luaChon=tot", null);
    assertThat(first.statusCode()).isEqualTo(303);
    assertThat(first.headers().firstValue("Location").orElse("")).isEqualTo(path + "?thong-bao=cam-on");
    String voter = cookie(first, VoterCookie.COOKIE);
    assertThat(voter).matches("egov_voter=[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
    assertThat(first.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith(VoterCookie.COOKIE) && c.contains("HttpOnly"));
    assertThat(voters()).isEqualTo(before + 1);

    HttpResponse<String> again = post(path, "luaChon=kha", voter);
    assertThat(again.headers().firstValue("Location").orElse("")).isEqualTo(path + "?thong-bao=da-binh-chon");
    assertThat(again.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(VoterCookie.COOKIE + "="));
    assertThat(voters()).isEqualTo(before + 1);
    assertThat(get(path + "?thong-bao=da-binh-chon", "Cookie", voter).body()).contains("Bạn đã bình chọn trước đó");

    // a signature that does not verify is not this voter: a new id is issued (as for a cleared cookie)
    String forged = voter.substring(0, voter.length() - 4) + (voter.endsWith("AAAA") ? "BBBB" : "AAAA");
    HttpResponse<String> other = post(path, "luaChon=kha", forged);
    assertThat(cookie(other, VoterCookie.COOKIE)).isNotEqualTo(forged).isNotEqualTo(voter);
    assertThat(voters()).isEqualTo(before + 2);
  }

  @Test
  void aVoteWithScriptAnswersTheBlockAsJsonAndRefusalsSayWhy() throws Exception {
    String path = "/binh-chon/" + StatsFeature.SAMPLE_POLL_ID;
    HttpResponse<String> voted = post(path, "luaChon=trung-binh", null, "Accept", "application/json");
    assertThat(voted.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(voted.body());
    assertThat(body.path("outcome").asText()).isEqualTo("VOTED");
    assertThat(body.path("html").asText()).contains("class=\"egov-poll poll\"", "poll-results", "Cảm ơn bạn đã bình chọn")
        .doesNotContain("<form");
    String voter = cookie(voted, VoterCookie.COOKIE);
    HttpResponse<String> twice = post(path, "luaChon=tot", voter, "Accept", "application/json");
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(twice.body()).path("outcome").asText()).isEqualTo("ALREADY_VOTED");

    HttpResponse<String> empty = post(path, "", null, "Accept", "application/json");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(empty.body()).path("message").asText()).isEqualTo("Hãy chọn một phương án trước khi bình chọn.");
    HttpResponse<String> unknownOption = post(path, "luaChon=%3Cx%3E", null);
    assertThat(unknownOption.statusCode()).isEqualTo(400);
    assertThat(unknownOption.body()).contains("Hãy chọn một phương án", "<form class=\"poll-form\"").doesNotContain("<x>");
    assertThat(post("/binh-chon/nope", "luaChon=a", null).statusCode()).isEqualTo(404);
    assertThat(post("/binh-chon/nope", "luaChon=a", null, "Accept", "application/json").statusCode()).isEqualTo(404);

    // a closed poll: 409 and its results, no form
    HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "api/polls"))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"dong-cua\",\"question\":\"Đóng?\",\"options\":[{\"id\":\"a\",\"text\":\"A\"},{\"id\":\"b\",\"text\":\"B\"}]}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).isEqualTo(201);
    HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "api/polls/dong-cua/close"))
        .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> closed = post("/binh-chon/dong-cua", "luaChon=a", null);
    assertThat(closed.statusCode()).isEqualTo(409);
    assertThat(closed.body()).contains("Cuộc thăm dò đã kết thúc", "Đã kết thúc").doesNotContain("<form class=\"poll-form\"");
  }

  @Test
  void theDossierLookupFindsACodeWrittenLooselyAndSaysWhenThereIsNone() throws Exception {
    String body = "formId=judicial-record-request&idempotencyKey=site-1&" + judicialRecordFields();
    HttpResponse<String> filed = post("/forms/judicial-record-request", body, null);
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(303);
    String location = filed.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("/ho-so/000\\.00\\.15\\.H56-\\d{6}-\\d{4}\\?moi=1");
    String code = location.substring("/ho-so/".length(), location.indexOf('?'));
    assertThat(get(location).body()).contains("Giấy tiếp nhận hồ sơ", code, "Cấp Phiếu lý lịch tư pháp", "Các bước tiếp theo");
    // the same page sent again (double click, reload of the post): the same dossier
    assertThat(post("/forms/judicial-record-request", body, null).headers().firstValue("Location")).contains(location);
    // …and with other content: a notice, not a second dossier
    HttpResponse<String> reused = post("/forms/judicial-record-request", body.replace("copies=2", "copies=3"), null);
    assertThat(reused.statusCode()).isEqualTo(409);
    assertThat(reused.body()).contains("Trang này đã được gửi trước đó với nội dung khác");

    HttpResponse<String> found = get("/tra-cuu-ho-so?ma=" + URLEncoder.encode("  " + code.toLowerCase() + " ", StandardCharsets.UTF_8));
    assertThat(found.statusCode()).isEqualTo(303);
    assertThat(found.headers().firstValue("Location")).contains("/ho-so/" + code);
    assertThat(get("/ho-so/" + code).body()).contains("Tình trạng hồ sơ", "Đã nộp trực tuyến, chờ tiếp nhận");
    HttpResponse<String> missing = get("/tra-cuu-ho-so?ma=%3Cb%3E");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Không tìm thấy hồ sơ với mã này", "value=\"&lt;b>\"", "aria-invalid=\"true\"");
    assertThat(get("/ho-so/000.00.00.H00-000000-0000").statusCode()).isEqualTo(404);
    assertThat(get("/ho-so/%3Cscript%3E").body()).doesNotContain("<script>");
  }

  @Test
  void aFormRefusedByTheServerComesBackWithEveryErrorAtItsFieldAndASummary() throws Exception {
    HttpResponse<String> r = post("/forms/judicial-record-request",
        "formId=judicial-record-request&idempotencyKey=site-2&fullName=A&copies=hai&citizenId=001090000123&sex=female&birthDate=1990-01-01", null);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("<title>Lỗi: ", "id=\"error-summary\"", "role=\"alert\"",
        "href=\"#f-fullName\"", "href=\"#f-copies\"", "href=\"#f-residencePeriods\"",
        "id=\"f-citizenId-error\"", "value=\"hai\"", "value=\"A\"");
    assertThat(get("/forms/nope").statusCode()).isEqualTo(404);
    assertThat(post("/forms/nope", "a=b", null).statusCode()).isEqualTo(404);
  }

  private static String judicialRecordFields() {
    return String.join("&", "fullName=" + enc("Nguyễn Thị Hoa"), "sex=female", "birthDate=1990-05-17",
        "birthPlace=" + enc("Thanh Hóa"), "citizenId=038190000123", "residence=" + enc("Phường Hạc Thành, Thanh Hóa"),
        "residencePeriods.0.from=01%2F2004", "residencePeriods.0.address=" + enc("Thanh Hóa"),
        "certificateType=2", "copies=2");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static long voters() throws Exception {
    return JSON.readTree(get("/api/polls/" + StatsFeature.SAMPLE_POLL_ID).body()).path("totalVoters").asLong();
  }

  private static String cookie(HttpResponse<String> r, String name) {
    return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
  }

  static HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.baseUrl()).resolve(path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> post(String path, String form, String cookie, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.baseUrl()).resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
