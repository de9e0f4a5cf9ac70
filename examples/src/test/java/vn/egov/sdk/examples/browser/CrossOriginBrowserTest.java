package vn.egov.sdk.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.examples.stats.StatsFeature;

/**
 * Cross-site request forgery in a real browser: a page on another site ({@code http://other-site.test:PORT},
 * a second server) posts a ballot to the portal — as a form (the classic {@code text/plain} JSON
 * trick) and as a script's {@code fetch}. The portal refuses both with 403 and counts nothing; the
 * same form on the portal's own origin is counted, so the test can tell the two apart.
 */
@BrowserTest
class CrossOriginBrowserTest {
  private static final String POLL = StatsFeature.SAMPLE_POLL_ID;
  private static HttpServer otherSite;

  @BeforeAll
  static void startTheOtherSite() throws IOException {
    otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    otherSite.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String query = exchange.getRequestURI().getRawQuery();
      int portalPort = Integer.parseInt(query.replaceAll(".*portal=(\\d+).*", "$1"));
      String voter = query.replaceAll(".*voter=([a-z0-9-]+).*", "$1");
      boolean script = path.equals("/script");
      byte[] body = (script ? AttackPages.script(portalPort, voter) : AttackPages.form(portalPort, voter))
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", script && path.endsWith(".js")
          ? "text/javascript" : "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    otherSite.start();
  }

  @AfterAll
  static void stopTheOtherSite() {
    otherSite.stop(0);
  }

  private static int voters(Portal portal) {
    return portal.awaitJson("/api/polls/" + POLL).path("totalVoters").asInt();
  }

  private static String otherSite(String page, Portal portal, String voter) {
    return "http://other-site.test:" + otherSite.getAddress().getPort() + page + "?portal=" + portal.app().port()
        + "&voter=" + voter;
  }

  @Test
  void aVoteFormOnAnotherSiteIsRefusedAndCountsNothing(Browser browser, Portal portal) {
    int before = voters(portal);
    browser.open(otherSite("/form", portal, "forged-form"));
    browser.find("button").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/votes"));
    assertThat(browser.driver().getPageSource()).contains("CROSS_ORIGIN_REQUEST");
    assertThat(voters(portal)).isEqualTo(before);
  }

  @Test
  void aScriptOnAnotherSiteCannotVoteEither(Browser browser, Portal portal) {
    int before = voters(portal);
    browser.open(otherSite("/script", portal, "forged-fetch"));
    browser.waitUntil(d -> "done".equals(browser.find("#state").getText()));
    assertThat(voters(portal)).isEqualTo(before);
    assertThat(portal.getJson("/api/polls/" + POLL).toString()).doesNotContain("forged-fetch");
  }

  @Test
  void theSameFormServedByThePortalItselfIsCounted(Browser browser, Portal portal) {
    int before = voters(portal);
    // the portal's own origin: the attack page's markup, opened from a data-free page of the portal
    browser.open("/api/procedures"); // any page of the portal's origin
    browser.script("document.open(); document.write(arguments[0]); document.close();",
        AttackPages.form(portal.app().port(), "own-origin"));
    browser.find("button").click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("/votes"));
    assertThat(browser.driver().getPageSource()).contains("\"totalVoters\"");
    assertThat(voters(portal)).isEqualTo(before + 1);
    // and the other site's fetch, sent from the portal's own origin, is counted too
    browser.open("/api/procedures");
    Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
        + "fetch('/api/polls/" + POLL + "/votes', {method: 'POST', headers: {'Content-Type': 'text/plain'},"
        + " body: JSON.stringify({voterId: 'own-fetch', optionIds: ['tot']})}).then(r => done(r.status), e => done(String(e)));");
    assertThat(status).isEqualTo(201L);
    assertThat(voters(portal)).isEqualTo(before + 2);
  }

  /** The other site's pages. */
  static final class AttackPages {
    private AttackPages() {}

    /** A form whose text/plain body is the ballot's JSON: {@code NAME=VALUE} becomes {@code {...,"x":"="}}. */
    static String form(int portalPort, String voter) {
      String name = "{\"voterId\":\"" + voter + "\",\"optionIds\":[\"tot\"],\"x\":\"";
      return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Prize</title></head><body>"
          + "<form method=\"post\" enctype=\"text/plain\" action=\"http://127.0.0.1:" + portalPort + "/api/polls/"
          + POLL + "/votes\"><input type=\"hidden\" name='" + name + "' value='\"}'>"
          + "<button type=\"submit\">Win a prize</button></form></body></html>";
    }

    /** A script that posts the ballot with fetch (no-cors: the response is opaque, the request is sent). */
    static String script(int portalPort, String voter) {
      return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Prize</title></head><body>"
          + "<p id=\"state\">sending</p><script>"
          + "fetch('http://127.0.0.1:" + portalPort + "/api/polls/" + POLL + "/votes', {method: 'POST', mode: 'no-cors',"
          + " headers: {'Content-Type': 'text/plain'}, body: JSON.stringify({voterId: '" + voter + "', optionIds: ['tot']})})"
          + ".finally(() => { document.getElementById('state').textContent = 'done'; });"
          + "</script></body></html>";
    }
  }
}
