package vn.egov.sdk.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import vn.egov.sdk.examples.stats.StatsFeature;
import vn.egov.sdk.examples.stats.VoterCookie;

/**
 * One ballot per browser, through the page's plain form (no JavaScript: the path every browser has):
 * the same browser voting again is not counted, even when it forgets that it voted; a second browser
 * is a second voter; a voter cookie altered by hand is never taken for someone's ballot.
 */
@BrowserTest
class OneBallotPerBrowserTest {
  private static final String POLL = "/binh-chon/" + StatsFeature.SAMPLE_POLL_ID;

  private static int voters(Portal portal) {
    return portal.awaitJson("/api/polls/" + StatsFeature.SAMPLE_POLL_ID).path("totalVoters").asInt();
  }

  private static void vote(Browser browser, String option) {
    browser.open(POLL);
    browser.find("label[for='poll-" + StatsFeature.SAMPLE_POLL_ID + "-" + option + "']").click();
    browser.find("form.poll-form button[type=submit]").click();
    browser.waitUntil(d -> browser.path().contains("thong-bao="));
  }

  @Test
  void theSameBrowserVotingTwiceIsCountedOnce(@Launch(javaScript = false) Browser browser,
      @Launch(javaScript = false) Browser another, Portal portal) {
    int before = voters(portal);
    vote(browser, "tot");
    assertThat(voters(portal)).isEqualTo(before + 1);
    assertThat(browser.findAll("form.poll-form")).as("no second ballot offered").isEmpty();

    // the browser forgets it voted (the marker cookie), keeps its signed voter id: not counted again
    browser.driver().manage().deleteCookieNamed(VoterCookie.VOTED_COOKIE);
    vote(browser, "chua-tot");
    assertThat(browser.text("main")).contains("mỗi trình duyệt chỉ được bình chọn một lần");
    assertThat(voters(portal)).isEqualTo(before + 1);

    // another browser is another voter
    vote(another, "kha");
    assertThat(voters(portal)).isEqualTo(before + 2);
  }

  @Test
  void anAlteredVoterCookieIsNobodysBallot(@Launch(javaScript = false) Browser browser, Portal portal) {
    int before = voters(portal);
    vote(browser, "tot");
    String signed = browser.cookie(VoterCookie.COOKIE);
    String id = signed.substring(0, signed.indexOf('.'));
    String forged = (id.charAt(0) == 'A' ? 'B' : 'A') + id.substring(1) + signed.substring(signed.indexOf('.'));
    browser.driver().manage().deleteAllCookies();
    browser.open(POLL);
    browser.driver().manage().addCookie(new Cookie(VoterCookie.COOKIE, forged, "/"));
    vote(browser, "kha");
    // the forged id was not believed: the server gave this browser a fresh voter id of its own
    assertThat(browser.cookie(VoterCookie.COOKIE)).isNotEqualTo(forged).doesNotStartWith(forged.substring(0, 22));
    assertThat(voters(portal)).isEqualTo(before + 2);
  }
}
