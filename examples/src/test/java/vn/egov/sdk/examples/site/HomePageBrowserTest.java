package vn.egov.sdk.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.egov.sdk.examples.browser.Browser;
import vn.egov.sdk.examples.browser.BrowserTest;
import vn.egov.sdk.examples.browser.Launch;
import vn.egov.sdk.examples.browser.Screenshots;

/** The home page as a new visitor sees it, with simulated upstreams: every block has data. */
@BrowserTest
class HomePageBrowserTest {

  @Test
  void everyBlockHasDataOnADesktop(Browser browser) {
    browser.open("/");
    browser.waitUntil(d -> ready(browser) || reload(browser));
    assertThat(browser.find("header .brand-portal").getText()).contains("Cổng Dịch vụ công");
    assertThat(browser.find("nav.site-nav").getText()).contains("Trang chủ", "Tra cứu hồ sơ");
    assertThat(browser.findAll("#thu-tuc .result")).hasSize(10);
    assertThat(browser.findAll("#thu-tuc .badge")).hasSizeGreaterThanOrEqualTo(20);
    assertThat(browser.findAll("#lo-trinh svg rect.bar")).hasSizeGreaterThanOrEqualTo(9);
    assertThat(browser.find("#lo-trinh svg desc").getAttribute("textContent")).contains("thủ tục");
    assertThat(browser.find("#block-forms").getText()).contains("Tờ khai đăng ký khai sinh");
    assertThat(browser.find("aside #block-fx").getText()).contains("USD").doesNotContain("resolved");
    assertThat(browser.find("aside #block-weather").getText()).contains("Hà Nội", "°C");
    assertThat(browser.find("aside #block-visitors").getText()).contains("Đang trực tuyến");
    assertThat(browser.find("aside #block-poll").getText()).contains("Bạn đánh giá thế nào");
    assertThat(browser.find("footer").getText()).contains("Ủy ban nhân dân tỉnh Thanh Hóa");
    // landmarks a screen reader can jump between
    for (String landmark : List.of("header", "nav.site-nav", "main#main", "aside.sidebar", "footer")) {
      assertThat(browser.findAll(landmark)).as(landmark).hasSize(1);
    }
    browser.assertAccessible();
    browser.assertNoCspViolations();
    assertThat(browser.offOriginResources()).isEmpty();
    assertThat(browser.scriptErrors()).isEmpty();
    browser.screenshot(Screenshots.path("home-desktop-vi.png"));
  }

  @Test
  void aSmallPhoneScrollsOnlyDownAndTheRateTableFits(@Launch(screen = Launch.Screen.SMALL_PHONE) Browser phone) {
    phone.open("/");
    phone.waitUntil(d -> ready(phone) || reload(phone));
    assertThat(phone.horizontalOverflow()).isZero();
    WebElement table = phone.find("#block-fx table");
    long right = ((Number) phone.script("return arguments[0].getBoundingClientRect().right;", table)).longValue();
    long width = ((Number) phone.script("return document.documentElement.clientWidth;")).longValue();
    assertThat(right).as("the exchange-rate table ends inside the screen").isLessThanOrEqualTo(width);
    phone.assertAccessible();
    phone.screenshot(Screenshots.path("home-phone-vi.png"));
  }

  @Test
  void theSkipLinkIsTheFirstStopAndLeadsToTheMainContent(Browser browser) {
    browser.open("/");
    browser.press(org.openqa.selenium.Keys.TAB);
    WebElement skip = browser.focused();
    assertThat(skip.getAttribute("class")).contains("skip-link");
    assertThat(skip.isDisplayed()).isTrue();
    skip.sendKeys(org.openqa.selenium.Keys.ENTER);
    browser.waitUntil(d -> "main".equals(browser.focused().getAttribute("id")));
    assertThat(browser.driver().findElement(By.cssSelector("main")).getText()).contains("Tra cứu thủ tục");
  }

  /**
   * Every block has its data: the first fetch of the boards is done, the sample poll is seeded (at
   * start, or on the store's retry) and the first page views are flushed.
   */
  static boolean ready(Browser b) {
    return !b.findAll("#block-fx table tbody tr").isEmpty() && !b.findAll("#block-weather li").isEmpty()
        && !b.findAll("#block-poll form, #block-poll .poll-results").isEmpty() && counted(b);
  }

  /** Page views reach the store in batches (every 2 s): the block shows them once flushed. */
  static boolean counted(Browser b) {
    return !b.find("#block-visitors li:last-child strong").getText().equals("0");
  }

  /** A cold widget shows its notice on the very first view; the fetch has started: look again. */
  private static boolean reload(Browser b) {
    b.driver().navigate().refresh();
    return false;
  }
}
