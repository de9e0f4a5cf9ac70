package vn.egov.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.core.Language;

class PageRoutesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> get(PortalApp app, String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + pathAndQuery.substring(1))).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void vietnameseByDefaultWithEnglishSwitch(@TempDir Path dir) throws Exception {
    try (PortalApp app = PortalApp.start(TestServers.offline(dir))) {
      HttpResponse<String> vi = get(app, "/");
      assertThat(vi.statusCode()).isEqualTo(200);
      assertThat(vi.headers().firstValue("Content-Type").orElse("")).startsWith("text/html").contains("utf-8");
      assertThat(vi.body()).contains("<html lang=\"vi\">", "Tra cứu thủ tục hành chính", "href=\"/?lang=en\"",
          "Đăng ký khai sinh", "Mức độ 4", "Toàn trình", "Lộ trình", "id=\"lo-trinh\"", "href=\"/thu-tuc/1.001193\"");
      HttpResponse<String> en = get(app, "/?lang=en");
      assertThat(en.body()).contains("<html lang=\"en\">", "Find an administrative procedure", "Level 4",
          "Full process", "href=\"/?lang=vi\"");
    }
  }

  @Test
  void searchOnThePage(@TempDir Path dir) throws Exception {
    try (PortalApp app = PortalApp.start(TestServers.offline(dir))) {
      String body = get(app, "/?q=" + URLEncoder.encode("ly lich tu phap", StandardCharsets.UTF_8)).body();
      assertThat(body).contains("Cấp Phiếu lý lịch tư pháp", "1 thủ tục");
      assertThat(get(app, "/?page=2").body()).contains("rel=\"prev\"");
    }
  }

  @Test
  void everythingIsEscapedAndBadInputIsNeverA500(@TempDir Path dir) throws Exception {
    try (PortalApp app = PortalApp.start(TestServers.offline(dir))) {
      String evil = "<script>alert('x')</script>\"";
      HttpResponse<String> r = get(app, "/?q=" + URLEncoder.encode(evil, StandardCharsets.UTF_8));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).doesNotContain("<script>alert").doesNotContain("</script>\"")
          // jte escapes by context: in an attribute value, < " ' & are enough
          .contains("value=\"&lt;script>alert(&#39;x&#39;)&lt;/script>&#34;\"");
      for (String q : new String[] {"page=0", "page=abc", "size=100000", "onlineLevel=%3Cxss%3E", "q=" + "a".repeat(5_000)}) {
        HttpResponse<String> bad = get(app, "/?" + q);
        assertThat(bad.statusCode()).as(q).isEqualTo(400);
        assertThat(bad.body()).as(q).contains("role=\"alert\"").doesNotContain("<xss>").doesNotContain("Exception");
      }
      HttpResponse<String> huge = get(app, "/?q=" + "a".repeat(10_000));
      assertThat(huge.statusCode()).isIn(400, 414);
      assertThat(huge.body()).doesNotContain("Exception");
    }
  }


  @Test
  void pageBlocksAndListeners(@TempDir Path dir) throws Exception {
    try (PortalApp app = PortalApp.start(TestServers.offline(dir))) {
      AtomicInteger views = new AtomicInteger();
      app.context().addPageViewListener(ctx -> views.incrementAndGet());
      app.context().addPageViewListener(ctx -> {
        throw new IllegalStateException("listener broke");
      });
      app.context().addPageBlock(PageBlock.of("demo", lang -> "<p>" + lang.pick("Khối thử", "Test block") + "</p>"));
      app.context().addPageBlock(PageBlock.of("broken", lang -> {
        throw new IllegalStateException("secret upstream text");
      }));
      String body = get(app, "/").body();
      assertThat(views.get()).isEqualTo(1);
      assertThat(body).contains("id=\"block-demo\"", "<p>Khối thử</p>", "id=\"block-broken\"")
          .doesNotContain("secret upstream text").doesNotContain("IllegalStateException");
      assertThat(body.indexOf("id=\"lo-trinh\"")).isLessThan(body.indexOf("id=\"block-demo\""));
      assertThat(body.indexOf("id=\"block-demo\"")).isLessThan(body.indexOf("id=\"block-broken\""));
    }
  }
}
