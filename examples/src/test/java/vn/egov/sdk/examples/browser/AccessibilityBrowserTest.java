package vn.egov.sdk.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.examples.stats.StatsFeature;

/**
 * Every page of the site, swept in three browsers — a desktop in Vietnamese, a 360 px phone in English,
 * a desktop without JavaScript — against the project's bar: axe-core finds no serious or critical
 * violation (WCAG 2.1 A/AA), the page breaks its Content-Security-Policy nowhere, no script fails,
 * nothing is loaded from elsewhere, and on the phone nothing scrolls sideways. Each sweep reports
 * every page that falls short, not only the first.
 */
@BrowserTest
class AccessibilityBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FORM = "/forms/birth-registration";

  @Test
  void desktopInVietnamese(Browser browser, Portal portal) {
    sweep(browser, portal, "vi");
  }

  @Test
  void smallPhoneInEnglish(@Launch(screen = Launch.Screen.SMALL_PHONE) Browser phone, Portal portal) {
    sweep(phone, portal, "en");
  }

  @Test
  void desktopWithoutJavaScript(@Launch(javaScript = false) Browser browser, Portal portal) {
    sweep(browser, portal, "vi");
  }

  private void sweep(Browser browser, Portal portal, String lang) {
    String code = fileADossier(portal);
    String q = "?lang=" + lang;
    Map<String, Consumer<Browser>> pages = new LinkedHashMap<>();
    pages.put("home", b -> b.open("/" + q));
    pages.put("procedure", b -> b.open("/thu-tuc/1.001193" + q));
    pages.put("empty form", b -> b.open(FORM + q));
    if (browser.javaScript()) {
      pages.put("form with errors shown by the page", b -> {
        b.open(FORM + q);
        b.find("form.egov-form button[type=submit]").click();
        b.waitUntil(d -> b.find("#error-summary").isDisplayed());
      });
    }
    pages.put("form with errors from the server", b -> {
      b.open(FORM + q);
      submitPlainly(b);
      b.waitUntil(d -> !b.findAll("#error-summary").isEmpty());
    });
    pages.put("receipt", b -> b.open("/ho-so/" + code + q + "&moi=1"));
    pages.put("dossier status", b -> b.open("/ho-so/" + code + q));
    pages.put("status lookup", b -> b.open("/tra-cuu-ho-so" + q));
    pages.put("status lookup, unknown code", b -> b.open("/tra-cuu-ho-so" + q + "&ma=000.00.00.H00-000000-0000"));
    pages.put("poll", b -> b.open("/binh-chon/" + StatsFeature.SAMPLE_POLL_ID + q));

    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Consumer<Browser>> page : pages.entrySet()) {
      String where = page.getKey() + " (" + browser.viewport().name() + ", " + lang
          + (browser.javaScript() ? "" : ", no JavaScript") + ")";
      try {
        page.getValue().accept(browser);
        check(browser, where, problems);
      } catch (RuntimeException | AssertionError e) {
        problems.add(where + ": could not be checked: " + e.getMessage().lines().findFirst().orElse(""));
      }
    }
    assertThat(problems).as("pages below the bar").isEmpty();
  }

  private static void check(Browser browser, String where, List<String> problems) {
    AxeReport report = browser.axe();
    if (!report.seriousOrCritical().isEmpty() || report.passes() == 0) {
      try {
        report.assertNoSeriousOrCritical();
      } catch (AssertionError e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    assertThat(browser.find("html").getDomAttribute("lang")).as(where + " lang").isNotBlank();
    browser.cspViolations().forEach(v -> problems.add(where + ": CSP violation " + v));
    browser.scriptErrors().forEach(v -> problems.add(where + ": script error " + v));
    browser.offOriginResources().forEach(v -> problems.add(where + ": loaded from elsewhere " + v));
    if (browser.viewport().mobile() && browser.horizontalOverflow() > 0) {
      problems.add(where + ": " + browser.horizontalOverflow() + " px wider than the " + browser.viewport().width()
          + " px screen: " + String.join(", ", browser.overflowingElements()));
    }
  }

  /**
   * Posts the form as it is, past the browser's own checks and the page's script (as a browser without
   * either would): the server's answer is the page of errors.
   */
  private static void submitPlainly(Browser b) {
    if (b.javaScript()) {
      b.script("HTMLFormElement.prototype.submit.call(document.querySelector('form.egov-form'));");
    } else {
      // without scripts the only way past the browser's own required-field check is a field it does not
      // check: fill the required ones with something the server refuses
      for (var input : b.findAll("form.egov-form input[required]")) {
        String type = String.valueOf(input.getDomAttribute("type"));
        if (type.equals("text") || type.equals("null") || type.equals("tel") || type.equals("email")) {
          input.sendKeys("x");
        }
      }
      b.find("form.egov-form button[type=submit]").click();
    }
  }

  private static String fileADossier(Portal portal) {
    ObjectNode body = JSON.createObjectNode();
    body.put("formId", "judicial-record-request");
    body.set("data", sample("judicial-record-request"));
    HttpResponse<String> r = portal.post("/api/dossiers", "application/json", body.toString(),
        "Idempotency-Key", "a11y-" + System.nanoTime());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    try {
      return JSON.readTree(r.body()).path("dossierCode").asText();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode sample(String formId) {
    try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/forms/" + formId + ".json")) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
