package vn.egov.sdk.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.egov.sdk.examples.browser.Browser;
import vn.egov.sdk.examples.browser.BrowserTest;
import vn.egov.sdk.examples.browser.Launch;
import vn.egov.sdk.examples.browser.Portal;
import vn.egov.sdk.examples.stats.StatsFeature;
import vn.egov.sdk.examples.stats.VoterCookie;

/**
 * The reader poll in a real browser: voted with the keyboard only, the results move in place; the
 * same browser is counted once however it tries again; without JavaScript the vote is a form post
 * and a redirect to the results; the results can be seen without voting.
 */
@BrowserTest
class PollBrowserTest {
  private static final String POLL = "/api/polls/" + StatsFeature.SAMPLE_POLL_ID;

  @BeforeEach
  void samplePollIsThere(Portal portal) {
    // the sample poll is seeded once the store answers (at start, or a few seconds later)
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
        .until(() -> portal.get(POLL).statusCode() == 200 && voters(portal) >= 25);
  }

  @Test
  void keyboardOnlyVoteMovesTheResultsInPlaceAndTheSameBrowserCountsOnce(Browser browser, Portal portal) {
    long before = voters(portal);
    long khaBefore = votes(portal, "kha");
    browser.open("/");
    WebElement first = browser.tabTo("#block-poll input[name=luaChon]", 300);
    assertThat(first.getAttribute("value")).isEqualTo("tot");
    browser.press(Keys.ARROW_DOWN);                      // radio group: the arrow moves and chooses "Khá"
    assertThat(browser.focused().getAttribute("value")).isEqualTo("kha");
    assertThat(browser.focused().isSelected()).isTrue();
    browser.press(Keys.TAB);
    assertThat(browser.focused().getText()).isEqualTo("Bình chọn");
    String url = browser.driver().getCurrentUrl();
    browser.press(Keys.ENTER);

    browser.waitUntil(d -> !browser.findAll("#block-poll .poll-results").isEmpty());
    assertThat(browser.driver().getCurrentUrl()).as("voted in place, no page load").isEqualTo(url);
    assertThat(browser.find("#block-poll .poll-status").getText()).contains("Cảm ơn bạn đã bình chọn");
    assertThat(browser.focused().getAttribute("class")).contains("poll-status");
    assertThat(browser.find("#block-poll .poll-voters").getText()).isEqualTo(String.valueOf(before + 1));
    assertThat(browser.find("#block-poll li[data-option-id=kha]").getText()).contains("(" + (khaBefore + 1) + " phiếu)");
    assertThat(voters(portal)).isEqualTo(before + 1);
    assertThat(votes(portal, "kha")).isEqualTo(khaBefore + 1);
    assertThat(browser.cookie(VoterCookie.COOKIE)).as("a signed voter cookie").matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
    browser.assertAccessible();

    // reload: results, no form
    browser.driver().navigate().refresh();
    assertThat(browser.findAll("#block-poll form")).isEmpty();
    assertThat(browser.find("#block-poll").getText()).contains("Bạn đã bình chọn");

    // forget the "voted" marker: the form is back, but the signed voter id is what the store counts
    browser.driver().manage().deleteCookieNamed(VoterCookie.VOTED_COOKIE);
    browser.driver().navigate().refresh();
    browser.find("#block-poll label[for='poll-" + StatsFeature.SAMPLE_POLL_ID + "-tot']").click();
    browser.find("#block-poll button[type=submit]").click();
    browser.waitUntil(d -> browser.find("#block-poll .poll-status").getText().contains("Bạn đã bình chọn trước đó"));
    assertThat(voters(portal)).isEqualTo(before + 1);
    assertThat(votes(portal, "tot")).isEqualTo(16);
  }

  @Test
  void withoutJavaScriptTheVoteIsAFormPostAndARedirectToTheResults(
      @Launch(javaScript = false) Browser browser, Portal portal) {
    long before = voters(portal);
    browser.open("/");
    browser.find("#block-poll label[for='poll-" + StatsFeature.SAMPLE_POLL_ID + "-chua-tot']").click();
    browser.find("#block-poll button[type=submit]").click();
    browser.waitUntil(d -> browser.path().startsWith("/binh-chon/"));
    assertThat(browser.driver().getCurrentUrl()).contains("thong-bao=cam-on");
    assertThat(browser.find("main").getText()).contains("Cảm ơn bạn đã bình chọn", "Chưa tốt");
    assertThat(browser.find(".poll-voters").getText()).isEqualTo(String.valueOf(before + 1));
    assertThat(voters(portal)).isEqualTo(before + 1);
    // (axe needs page scripts: the poll page is checked in the other tests)
    // the same browser again, with the form of its history: counted once
    browser.driver().navigate().back();
    browser.driver().navigate().refresh();
    assertThat(browser.findAll("#block-poll form")).isEmpty();
    assertThat(voters(portal)).isEqualTo(before + 1);
  }

  @Test
  void theResultsCanBeSeenWithoutVotingAndAnEmptyBallotIsRefusedWithAMessage(Browser browser, Portal portal) {
    long before = voters(portal);
    browser.open("/");
    browser.find("#block-poll a[href^='/binh-chon/']").click();
    browser.waitUntil(d -> browser.path().startsWith("/binh-chon/"));
    assertThat(browser.findAll(".poll-results li")).hasSize(4);
    assertThat(browser.find(".poll-results").getText()).contains("Tốt", "%");
    assertThat(browser.findAll("form.poll-form")).as("this browser may still vote").hasSize(1);
    browser.assertAccessible();
    // JavaScript posts an empty ballot (the radio group's "required" is for the plain form)
    browser.script("document.querySelector('form.poll-form').noValidate = true;");
    browser.find("form.poll-form button[type=submit]").click();
    browser.waitUntil(d -> browser.find(".poll-status").getText().contains("Hãy chọn một phương án"));
    assertThat(voters(portal)).isEqualTo(before);
  }

  private static long voters(Portal portal) {
    return portal.getJson(POLL).path("totalVoters").asLong();
  }

  private static long votes(Portal portal, String option) {
    for (JsonNode o : portal.getJson(POLL).path("options")) {
      if (o.path("id").asText().equals(option)) {
        return o.path("votes").asLong();
      }
    }
    throw new AssertionError("no option " + option);
  }
}
