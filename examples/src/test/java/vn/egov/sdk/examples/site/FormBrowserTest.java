package vn.egov.sdk.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.egov.sdk.examples.browser.Browser;
import vn.egov.sdk.examples.browser.BrowserTest;
import vn.egov.sdk.examples.browser.Launch;
import vn.egov.sdk.examples.browser.Portal;
import vn.egov.sdk.examples.browser.Screenshots;

/**
 * An e-form filled in as a citizen would: a conditional field appears, an inline error shows when a
 * field is left and goes when it is fixed, an attachment too large is stopped before upload, the error
 * summary leads to the field, the dossier is filed, the receipt is read and the status looked up.
 * Without JavaScript the form still posts and the server's errors come back at their fields.
 */
@BrowserTest
class FormBrowserTest {
  private static final String FORM = "/forms/birth-registration";
  private static final String CODE = "\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4}";

  @Test
  void fillInFixAnErrorSubmitReadTheReceiptAndLookUpTheStatus(Browser browser, Portal portal,
      @TempDir Path files) throws IOException {
    browser.open(FORM);
    WebElement other = browser.find("[data-field=relationshipOther]");
    assertThat(other.isDisplayed()).as("shown only when the relationship is 'other'").isFalse();
    assertThat(browser.find("#f-relationshipOther").isEnabled()).isFalse();
    // radio buttons sit beside their labels
    WebElement radio = browser.find("#f-relationship-0");
    WebElement label = browser.find("label[for=f-relationship-0]");
    assertThat(Math.abs(radio.getRect().getY() + radio.getRect().getHeight() / 2
        - (label.getRect().getY() + label.getRect().getHeight() / 2))).isLessThan(8);
    assertThat(label.getRect().getX()).isGreaterThan(radio.getRect().getX());
    browser.assertAccessible();

    type(browser, "#f-declarantName", "Nguyễn Văn An");
    type(browser, "#f-declarantCitizenId", "12345");
    browser.press(Keys.TAB);
    WebElement error = browser.waitUntil(d -> browser.findAll("#f-declarantCitizenId-error").stream().findFirst().orElse(null));
    assertThat(error.getText()).contains("12 chữ số");
    assertThat(browser.find("#f-declarantCitizenId").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#f-declarantCitizenId").getAttribute("aria-describedby")).contains("f-declarantCitizenId-error");
    // fixed: the message goes when the field is left again
    browser.find("#f-declarantCitizenId").clear();
    type(browser, "#f-declarantCitizenId", "038090000123");
    browser.press(Keys.TAB);
    browser.waitUntil(d -> browser.findAll("#f-declarantCitizenId-error").isEmpty());
    assertThat(browser.find("#f-declarantCitizenId").getAttribute("aria-invalid")).isNull();

    browser.find("label[for=f-relationship-3]").click();          // "Khác"
    browser.waitUntil(d -> browser.find("[data-field=relationshipOther]").isDisplayed());
    assertThat(browser.find("#f-relationshipOther").isEnabled()).isTrue();
    assertThat(browser.find("#f-relationshipOther").getAttribute("aria-required")).isEqualTo("true");

    type(browser, "#f-childName", "Nguyễn Văn Bình");
    browser.find("label[for=f-childSex-0]").click();
    setDate(browser, "#f-childBirthDate", "2026-11-20");
    type(browser, "#f-birthPlace", "Bệnh viện Đa khoa tỉnh Thanh Hóa");
    browser.find("label[for=f-nationality-0]").click();
    type(browser, "#f-motherName", "Lê Thị Cúc");

    // an attachment over the limit is stopped in the browser
    Path big = files.resolve("giay-chung-sinh-lon.pdf");
    Files.write(big, pdf(6 * 1024 * 1024));
    browser.find("#f-birthCertificate").sendKeys(big.toString());
    WebElement fileError = browser.waitUntil(d -> browser.findAll("#f-birthCertificate-error").stream().findFirst().orElse(null));
    assertThat(fileError.getText()).contains("giay-chung-sinh-lon.pdf", "5 MB");
    Path small = files.resolve("giay-chung-sinh.pdf");
    Files.write(small, pdf(2_000));
    browser.find("#f-birthCertificate").clear();
    browser.find("#f-birthCertificate").sendKeys(small.toString());
    browser.waitUntil(d -> browser.findAll("#f-birthCertificate-error").isEmpty());

    // submit with "Khác" left empty: the summary lists it and leads to it
    browser.find("form.egov-form button[type=submit]").click();
    WebElement summary = browser.waitUntil(d -> browser.find("#error-summary").isDisplayed() ? browser.find("#error-summary") : null);
    assertThat(browser.focused()).isEqualTo(summary);
    assertThat(summary.getText()).contains("Có 1 lỗi cần sửa", "Quan hệ khác (ghi rõ): Trường này là bắt buộc.");
    assertThat(browser.path()).isEqualTo(FORM);
    browser.assertAccessible();
    browser.screenshot(Screenshots.path("form-errors-vi.png"));
    summary.findElement(org.openqa.selenium.By.cssSelector("a[href='#f-relationshipOther']")).click();
    assertThat(browser.focused().getAttribute("id")).isEqualTo("f-relationshipOther");
    browser.focused().sendKeys("Cô ruột");
    browser.press(Keys.TAB);
    browser.waitUntil(d -> browser.findAll("#f-relationshipOther-error").isEmpty());

    browser.find("form.egov-form button[type=submit]").click();
    browser.waitUntil(d -> browser.path().startsWith("/ho-so/"));
    String code = browser.find(".dossier-code").getText();
    assertThat(code).matches(CODE);
    assertThat(browser.find("main").getText()).contains("Hồ sơ của bạn đã được tiếp nhận", "Giấy tiếp nhận hồ sơ",
        "Đăng ký khai sinh", "Ngày hẹn trả kết quả", "Các bước tiếp theo", "Đã nộp trực tuyến, chờ tiếp nhận");
    JsonNode filed = portal.getJson("/api/dossiers/" + code);
    assertThat(filed.path("status").path("code").asInt()).isEqualTo(1);
    assertThat(browser.find("main").getText()).contains(java.time.LocalDate.parse(filed.path("dueDate").asText())
        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    browser.assertAccessible();
    browser.screenshot(Screenshots.path("receipt-vi.png"));
    // printed: the receipt alone, without navigation or buttons
    ((org.openqa.selenium.chromium.HasCdp) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
        java.util.Map.of("media", "print"));
    assertThat(browser.find("nav.site-nav").isDisplayed()).isFalse();
    assertThat(browser.find("button[data-print]").isDisplayed()).isFalse();
    assertThat(browser.find(".dossier-code").isDisplayed()).isTrue();
    assertThat(browser.find(".next-steps").isDisplayed()).isTrue();
    ((org.openqa.selenium.chromium.HasCdp) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia",
        java.util.Map.of("media", ""));
    assertThat(browser.find("button[data-print]").isDisplayed()).as("the print button, shown by the page script").isTrue();
    // reloading the receipt files nothing again
    browser.driver().navigate().refresh();
    assertThat(portal.getJson("/api/dossiers/" + code).path("history")).hasSize(1);

    browser.open("/");
    browser.find("nav.site-nav a[href='/tra-cuu-ho-so']").click();
    browser.waitUntil(d -> browser.path().equals("/tra-cuu-ho-so"));
    browser.find("#ma").sendKeys(code.toLowerCase(java.util.Locale.ROOT) + " ");
    browser.find("#ma").sendKeys(Keys.ENTER);
    browser.waitUntil(d -> browser.path().equals("/ho-so/" + code));
    assertThat(browser.find("h1").getText()).isEqualTo("Tình trạng hồ sơ");
    assertThat(browser.find(".dossier-status").getText()).isEqualTo("Đã nộp trực tuyến, chờ tiếp nhận");
    browser.assertAccessible();

    browser.open("/tra-cuu-ho-so?ma=000.00.00.H00-000000-0000");
    assertThat(browser.find("#ma-error").getText()).contains("Không tìm thấy hồ sơ");
    browser.assertAccessible();
    browser.assertNoCspViolations();
    assertThat(browser.scriptErrors()).isEmpty();
  }

  @Test
  void withoutJavaScriptTheServerShowsItsErrorsAtTheFieldsAndKeepsWhatWasEntered(
      @Launch(javaScript = false) Browser browser, @TempDir Path files) throws IOException {
    browser.open(FORM);
    assertThat(browser.find("[data-field=relationshipOther]").isDisplayed()).as("all fields shown without script").isTrue();
    assertThat(browser.find("[data-field=relationshipOther] .condition-hint").getText())
        .contains("Chỉ điền khi «Quan hệ với người được khai sinh» là «Khác»");
    type(browser, "#f-declarantName", "Trần Thị Dung");
    type(browser, "#f-declarantCitizenId", "038190000456");
    browser.find("label[for=f-relationship-3]").click();
    type(browser, "#f-childName", "Trần Minh Khang");
    browser.find("label[for=f-childSex-0]").click();
    setDateWithoutScript(browser, "#f-childBirthDate");
    type(browser, "#f-birthPlace", "Trạm y tế xã");
    browser.find("label[for=f-nationality-0]").click();
    type(browser, "#f-motherName", "Trần Thị Dung");
    Path small = files.resolve("chung-sinh.pdf");
    Files.write(small, pdf(1_000));
    browser.find("#f-birthCertificate").sendKeys(small.toString());
    browser.find("form.egov-form button[type=submit]").click();

    browser.waitUntil(d -> !browser.findAll("#error-summary[role=alert]").isEmpty());
    assertThat(browser.find("#error-summary").getText()).contains("Quan hệ khác (ghi rõ): Trường này là bắt buộc.",
        "Các tệp đính kèm cần được chọn lại.");
    assertThat(browser.find("#f-relationshipOther-error").getText()).contains("Trường này là bắt buộc.");
    assertThat(browser.find("#f-declarantName").getAttribute("value")).isEqualTo("Trần Thị Dung");
    assertThat(browser.find("#f-relationship-3").isSelected()).isTrue();
    assertThat(browser.driver().getTitle()).startsWith("Lỗi: ");

    browser.find("#error-summary a[href='#f-relationshipOther']").click();
    type(browser, "#f-relationshipOther", "Mẹ nuôi");
    browser.find("#f-birthCertificate").sendKeys(small.toString());
    browser.find("form.egov-form button[type=submit]").click();
    browser.waitUntil(d -> browser.path().startsWith("/ho-so/"));
    assertThat(browser.find(".dossier-code").getText()).matches(CODE);
  }

  private static void type(Browser browser, String css, String text) {
    browser.find(css).sendKeys(text);
  }

  /** A date input takes its value through the page (its typed format follows the browser's locale). */
  private static void setDate(Browser browser, String css, String iso) {
    browser.script("const el = document.querySelector(arguments[0]); el.value = arguments[1];"
        + "el.dispatchEvent(new Event('change', {bubbles: true}));", css, iso);
  }

  /** Without page scripts, the date is typed as the en-US date control expects (month, day, year). */
  private static void setDateWithoutScript(Browser browser, String css) {
    browser.find(css).sendKeys("11202026");
  }

  /** A minimal PDF of about {@code size} bytes (the server checks the content against the type). */
  static byte[] pdf(int size) {
    StringBuilder s = new StringBuilder("%PDF-1.4\n1 0 obj<<>>endobj\n");
    while (s.length() < size - 20) {
      s.append("% filler line of the test document\n");
    }
    return s.append("trailer<<>>\n%%EOF\n").toString().getBytes(StandardCharsets.US_ASCII);
  }
}
