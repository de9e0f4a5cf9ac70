package vn.egov.sdk.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.config.RoutesConfig;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import vn.egov.sdk.examples.Routes;

/**
 * The browser-test infrastructure itself: each helper can tell a good page from a bad one (pages
 * made for the purpose under {@code /test/…}), so a green browser test means something.
 */
class BrowserInfrastructureTest {
  @RegisterExtension
  static final BrowserExtension browsers = BrowserExtension.builder().routes(new FixturePages()).build();

  @Test
  void viewportsAreExactInCssPixels(Browser browser, @Launch(screen = Launch.Screen.PHONE) Browser phone) {
    browser.open("/test/good");
    assertThat(browser.script("return window.innerWidth;")).isEqualTo(1280L);
    phone.open("/test/good");
    assertThat(phone.script("return [window.innerWidth, window.innerHeight];")).asList().containsExactly(390L, 844L);
    phone.viewport(Viewport.SMALL_PHONE);
    assertThat(phone.script("return window.innerWidth;")).isEqualTo(360L);
    assertThat(phone.script("return matchMedia('(pointer: coarse)').matches;")).isEqualTo(true);
  }

  @Test
  void horizontalOverflowTellsAWidePageFromOneThatFits(@Launch(screen = Launch.Screen.SMALL_PHONE) Browser phone) {
    phone.open("/test/good");
    assertThat(phone.horizontalOverflow()).isZero();
    phone.open("/test/wide");
    assertThat(phone.horizontalOverflow()).isGreaterThanOrEqualTo(1000 - 360);
    assertThat(phone.overflowingElements()).singleElement().asString().startsWith("div.w right=");
  }

  @Test
  void screenshotsCoverTheWholePage(@Launch(screen = Launch.Screen.PHONE) Browser phone, @TempDir Path dir)
      throws IOException {
    phone.open("/test/long");
    int[] full = pngSize(phone.screenshot(dir.resolve("full.png")));
    assertThat(full[0]).isEqualTo(390);
    assertThat(full[1]).isGreaterThanOrEqualTo(3000); // the page is 3000 px tall, the viewport 844
    int[] view = pngSize(phone.viewportScreenshot(dir.resolve("view.png")));
    assertThat(view[0]).isEqualTo(390);
    assertThat(Screenshots.path("x.png")).hasFileName("x.png");
    assertThatThrownBy(() -> Screenshots.path("../x.png")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void axeFailsAPageWithSeriousViolationsAndPassesAGoodOne(Browser browser) {
    browser.open("/test/bad");
    AxeReport bad = browser.axe();
    assertThat(bad.seriousOrCritical()).extracting(AxeReport.Violation::id)
        .contains("image-alt", "label", "color-contrast");
    assertThatThrownBy(bad::assertNoSeriousOrCritical).isInstanceOf(AssertionError.class)
        .hasMessageContaining("image-alt").hasMessageContaining("critical").hasMessageContaining("/test/bad")
        .hasMessageContaining("<img");
    browser.open("/test/good");
    AxeReport good = browser.assertAccessible();
    assertThat(good.passes()).isPositive();
    assertThat(good.axeVersion()).isEqualTo("4.14.1");
  }

  @Test
  void contentSecurityPolicyViolationsAreRecorded(Browser browser) {
    browser.open("/test/inline");
    assertThat(browser.cspViolations()).anySatisfy(v -> assertThat(v).startsWith("style-src"))
        .anySatisfy(v -> assertThat(v).startsWith("script-src"));
    assertThatThrownBy(browser::assertNoCspViolations).isInstanceOf(AssertionError.class);
    assertThat(browser.find("p").getCssValue("color")).isNotEqualTo("rgba(255, 0, 0, 1)"); // the style was blocked
    browser.open("/test/good");
    browser.assertNoCspViolations();
  }

  @Test
  void nothingLeavesTheMachineAndAnAttemptIsSeen(Browser browser) {
    browser.open("/test/remote");
    browser.waitUntil(d -> !browser.offOriginResources().isEmpty());
    assertThat(browser.offOriginResources()).anySatisfy(u -> assertThat(u).contains("cdn.example.com"));
    assertThat(browser.script("return typeof window.remoteLoaded;")).isEqualTo("undefined");
    browser.open("/test/good");
    assertThat(browser.offOriginResources()).isEmpty();
  }

  @Test
  void scriptErrorsAreRecorded(Browser browser) {
    browser.open("/test/throws");
    browser.waitUntil(d -> !browser.scriptErrors().isEmpty());
    assertThat(browser.scriptErrors()).anySatisfy(e -> assertThat(e).contains("boom"));
  }

  @Test
  void javaScriptCanBeTurnedOff(Browser withScripts, @Launch(javaScript = false) Browser without) {
    withScripts.open("/test/good");
    withScripts.waitUntil(d -> "on".equals(withScripts.find("body").getDomAttribute("data-js")));
    without.open("/test/good");
    assertThat(without.find("body").getDomAttribute("data-js")).isNull();
    assertThat(without.find("h1").getText()).isEqualTo("Trang thử");
    assertThat(without.find("noscript + p, p.noscript-shown").getText()).isEqualTo("Không có JavaScript");
    without.assertAccessible(); // axe runs even though the page's scripts do not
    without.open("/test/bad");
    assertThat(without.axe().seriousOrCritical()).isNotEmpty();
    without.open("/test/good"); // still off after navigating and after axe
    assertThat(without.find("body").getDomAttribute("data-js")).isNull();
  }

  @Test
  void keyboardOnly(Browser browser) {
    browser.open("/test/good");
    browser.tabTo("#name", 5);
    browser.press("Lan");
    assertThat(browser.find("#name").getDomProperty("value")).isEqualTo("Lan");
    browser.press(Keys.TAB);
    assertThat(browser.focused().getDomAttribute("id")).isEqualTo("go");
  }

  @Test
  void waitingSurvivesABlockThatIsReRendered(Browser browser) {
    browser.open("/test/rerender");
    // the page replaces #status every few milliseconds until it says "xong": found elements go stale
    browser.waitUntil(d -> browser.find("#status").getText().equals("xong"));
    assertThat(browser.text("#status")).isEqualTo("xong");
    assertThat(browser.text("#absent")).isEmpty();
  }

  @Test
  void everyBrowserHasItsOwnProfile(Browser first, Browser second) {
    first.open("/test/cookie");
    assertThat(first.cookie("probe")).isEqualTo("1");
    second.open("/test/good");
    assertThat(second.cookie("probe")).isNull();
  }

  @Test
  void thePortalIsReachableOverPlainHttpToo(Portal portal) {
    assertThat(portal.get("/test/good").statusCode()).isEqualTo(200);
    assertThat(portal.getJson("/health").path("status").asText()).isIn("UP", "DEGRADED");
    assertThat(portal.dataDir()).isDirectory();
  }

  private static int[] pngSize(Path png) throws IOException {
    try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
      byte[] signature = data.readNBytes(8);
      assertThat(signature).startsWith(0x89, 'P', 'N', 'G');
      data.readInt(); // IHDR length
      data.readInt(); // "IHDR"
      return new int[] {data.readInt(), data.readInt()};
    }
  }

  /** Pages made to pass or fail each check. */
  static final class FixturePages implements Routes {
    private static final String CSP = "default-src 'self'; img-src 'self' data:; base-uri 'none'; object-src 'none'";

    @Override
    public void register(RoutesConfig routes) {
      routes.get("/test/good", ctx -> html(ctx, page("Trang thử", """
          <h1>Trang thử</h1>
          <form action="/test/good"><label for="name">Họ và tên</label> <input id="name" name="name">
          <button id="go" type="submit">Gửi</button></form>
          <noscript><p class="noscript-shown">Không có JavaScript</p></noscript>
          <script src="/test/mark.js"></script>""")));
      routes.get("/test/mark.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
          .header("Content-Security-Policy", CSP).result("document.body.dataset.js = 'on';"));
      routes.get("/test/bad", ctx -> html(ctx, page("Bad", """
          <h1>Bad</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
          <input type="text" name="nolabel">
          <p class="faint">Chữ mờ khó đọc</p>
          <link rel="stylesheet" href="/test/faint.css">""")));
      routes.get("/test/faint.css", ctx -> ctx.contentType("text/css").result(".faint{color:#bbb;background:#fff}"));
      routes.get("/test/inline", ctx -> html(ctx, page("Inline", """
          <h1>Inline</h1><p style="color:red">Đỏ?</p><script>window.inlineRan = true;</script>""")));
      routes.get("/test/remote", ctx -> ctx.contentType("text/html; charset=utf-8").result(page("Remote", """
          <h1>Remote</h1><script src="http://cdn.example.com/lib.js"></script>""")));
      routes.get("/test/throws", ctx -> html(ctx, page("Throws", "<h1>Throws</h1><script src=\"/test/throw.js\"></script>")));
      routes.get("/test/throw.js", ctx -> ctx.contentType("text/javascript").result("throw new Error('boom');"));
      routes.get("/test/wide", ctx -> html(ctx, page("Wide", "<h1>Wide</h1><table><tr><td><div class=\"w\">x</div></td></tr></table>"
          + "<link rel=\"stylesheet\" href=\"/test/wide.css\">")));
      routes.get("/test/wide.css", ctx -> ctx.contentType("text/css").result(".w{width:1000px}"));
      routes.get("/test/long", ctx -> html(ctx, page("Long", "<h1>Long</h1><div class=\"tall\">x</div>"
          + "<link rel=\"stylesheet\" href=\"/test/long.css\">")));
      routes.get("/test/long.css", ctx -> ctx.contentType("text/css").result(".tall{height:3000px}"));
      routes.get("/test/rerender", ctx -> html(ctx, page("Rerender",
          "<h1>Rerender</h1><div id=\"box\"><p id=\"status\">0</p></div><script src=\"/test/rerender.js\"></script>")));
      routes.get("/test/rerender.js", ctx -> ctx.contentType("text/javascript").result("""
          let n = 0;
          const timer = setInterval(() => {
            n++;
            document.getElementById('box').innerHTML = '<p id="status">' + (n < 200 ? n : 'xong') + '</p>';
            if (n >= 200) clearInterval(timer);
          }, 5);"""));
      routes.get("/test/cookie", ctx -> {
        ctx.cookie("probe", "1");
        html(ctx, page("Cookie", "<h1>Cookie</h1>"));
      });
    }

    private static void html(io.javalin.http.Context ctx, String body) {
      ctx.contentType("text/html; charset=utf-8").header("Content-Security-Policy", CSP).result(body);
    }

    private static String page(String title, String body) {
      return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
          + "</title></head><body><main>" + body + "</main></body></html>";
    }
  }
}
