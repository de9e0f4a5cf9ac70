package vn.egov.sdk.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.egov.sdk.examples.browser.Browser;
import vn.egov.sdk.examples.browser.BrowserTest;
import vn.egov.sdk.examples.browser.Launch;
import vn.egov.sdk.examples.browser.Screenshots;

/** A procedure opened from the search; English chosen once and kept across pages and forms. */
@BrowserTest
class LanguageAndProcedureBrowserTest {

  @Test
  void aProcedureFromTheSearchShowsEveryFieldAndBothDecrees(Browser browser) {
    browser.open("/");
    browser.find("#q").sendKeys("dang ky khai sinh");
    browser.find("form.search button[type=submit]").click();
    browser.waitUntil(d -> browser.find(".result-count").getText().startsWith("2 "));
    browser.find(".result-name[href='/thu-tuc/1.001193']").click();
    browser.waitUntil(d -> browser.path().equals("/thu-tuc/1.001193"));
    String text = browser.find("main").getText();
    assertThat(browser.find("h1").getText()).isEqualTo("Đăng ký khai sinh");
    assertThat(text).contains("1.001193", "1872/QĐ-BTP", "Hộ tịch", "Cấp Xã", "Ủy ban nhân dân phường Hạc Thành",
        "Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính", "1 ngày làm việc", "3 ngày làm việc", "Miễn phí",
        "Tờ khai đăng ký khai sinh", "TP/HT-2020-KS.1", "Giấy chứng sinh", "60/2014/QH13", "Luật Hộ tịch",
        "Theo Nghị định 43/2011/NĐ-CP", "Mức độ 4", "Theo Nghị định 42/2022/NĐ-CP", "Toàn trình",
        "Công dân Việt Nam", "Giấy khai sinh (bản chính)");
    assertThat(browser.find("a.button[href='/forms/birth-registration']").getText()).isEqualTo("Nộp hồ sơ trực tuyến");
    browser.assertAccessible();
    browser.assertNoCspViolations();

    // a procedure below the top level says what it lacks for the next one, under each decree
    browser.open("/thu-tuc/1.000894");
    assertThat(browser.find("section[aria-labelledby=s-maturity]").getText()).contains("Để đạt mức «Toàn trình» còn thiếu:");
    browser.assertAccessible();
    browser.open("/thu-tuc/9.999999");
    assertThat(browser.find("h1").getText()).isEqualTo("Không tìm thấy thủ tục");
  }

  @Test
  void englishIsKeptAcrossPagesAndFormsUntilSwitchedBack(Browser browser) {
    browser.open("/");
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("vi");
    browser.find("a.lang-switch").click();
    browser.waitUntil(d -> "en".equals(browser.find("html").getAttribute("lang")));
    assertThat(browser.find("#thu-tuc h2").getText()).isEqualTo("Find an administrative procedure");
    assertThat(browser.find("#block-fx h2").getText()).isEqualTo("Exchange rates");
    browser.waitUntil(d -> HomePageBrowserTest.ready(browser) || reload(browser));
    browser.screenshot(Screenshots.path("home-desktop-en.png"));

    // plain links without ?lang: the choice is remembered
    browser.find(".result-name[href='/thu-tuc/1.001193']").click();
    browser.waitUntil(d -> browser.path().equals("/thu-tuc/1.001193"));
    assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
    assertThat(browser.find("section[aria-labelledby=s-channels]").getText()).contains("How to file", "working days");
    browser.find("a.button[href='/forms/birth-registration']").click();
    browser.waitUntil(d -> browser.path().equals("/forms/birth-registration"));
    assertThat(browser.find("h1").getText()).isEqualTo("Birth registration declaration");
    // the form's own checks speak English too
    browser.find("#f-declarantCitizenId").sendKeys("12");
    browser.press(org.openqa.selenium.Keys.TAB);
    assertThat(browser.waitUntil(d -> browser.findAll("#f-declarantCitizenId-error").stream().findFirst().orElse(null))
        .getText()).contains("exactly 12 digits");
    browser.find("form.egov-form button[type=submit]").click();
    assertThat(browser.waitUntil(d -> browser.find("#error-summary").isDisplayed() ? browser.find("#error-summary") : null)
        .getText()).contains("There are", "problems", "This field is required.");
    browser.assertAccessible();
    browser.script("window.scrollTo(0, 0);");
    browser.viewportScreenshot(Screenshots.path("form-errors-en.png"));
    browser.find("nav.site-nav a[href='/tra-cuu-ho-so']").click();
    browser.waitUntil(d -> browser.path().equals("/tra-cuu-ho-so"));
    assertThat(browser.find("h1").getText()).isEqualTo("Track a dossier");

    browser.find("a.lang-switch").click();
    browser.waitUntil(d -> "vi".equals(browser.find("html").getAttribute("lang")));
    browser.open("/");
    assertThat(browser.find("#thu-tuc h2").getText()).isEqualTo("Tra cứu thủ tục hành chính");
  }

  @Test
  void thePhoneInEnglishFitsTooAndKeepsTheChoice(@Launch(screen = Launch.Screen.PHONE) Browser phone) {
    phone.open("/?lang=en");
    phone.waitUntil(d -> HomePageBrowserTest.ready(phone) || reload(phone));
    assertThat(phone.horizontalOverflow()).isZero();
    phone.screenshot(Screenshots.path("home-phone-en.png"));
    phone.open("/forms/household-business-registration");
    assertThat(phone.find("html").getAttribute("lang")).isEqualTo("en");
    assertThat(phone.horizontalOverflow()).isZero();
    phone.assertAccessible();
    phone.open("/thu-tuc/2.000720");
    assertThat(phone.horizontalOverflow()).isZero();
  }

  private static boolean reload(Browser b) {
    b.driver().navigate().refresh();
    return false;
  }
}
