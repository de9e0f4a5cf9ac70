package vn.egov.sdk.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.egov.sdk.examples.PortalApp;
import vn.egov.sdk.examples.ServerOptions;
import vn.egov.sdk.examples.browser.Browser;
import vn.egov.sdk.examples.browser.BrowserExtension;
import vn.egov.sdk.examples.browser.Screenshots;

/**
 * The upstreams are dead. The exchange-rate board was fetched once before (its last good copy is in
 * the data directory): it shows as stale with its age. The weather was never fetched: its block says
 * calmly that it is unavailable. No error text anywhere.
 */
class OfflineBrowserTest {
  /** A data directory holding the exchange-rate board of an earlier run (with simulated upstreams). */
  private static final Path EARLIER = earlierRunWithFxOnly();

  @RegisterExtension
  static final BrowserExtension browsers = BrowserExtension.builder().deadUpstreams()
      .options(o -> o.withDataDir(EARLIER).withRefresh(Duration.ofSeconds(1), Duration.ofSeconds(1))).build();

  @Test
  void deadUpstreamsGiveTheCalmStaleAndUnavailableStates(Browser browser) {
    browser.open("/");
    // the board is older than its one second of freshness: the refetch fails, the old board stays
    browser.waitUntil(d -> "STALE".equals(browser.find("#block-fx section").getAttribute("data-status")) || reload(browser));
    String fx = browser.find("#block-fx").getText();
    assertThat(browser.find("#block-fx section").getAttribute("data-status")).isEqualTo("STALE");
    assertThat(fx).contains("Chưa cập nhật được dữ liệu mới; đang hiển thị dữ liệu lấy cách đây", "USD");
    assertThat(browser.find("#block-weather section").getAttribute("data-status")).isEqualTo("UNAVAILABLE");
    assertThat(browser.find("#block-weather").getText()).contains("Dữ liệu tạm thời chưa có. Vui lòng thử lại sau.");
    String page = browser.find("body").getText();
    assertThat(page).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("error")
        .doesNotContain("resolved", "refused", "127.0.0.1:9");
    assertThat(browser.find("#thu-tuc").getText()).contains("37 thủ tục");
    browser.assertAccessible();
    browser.assertNoCspViolations();
    browser.screenshot(Screenshots.path("home-offline-vi.png"));
  }

  private static boolean reload(Browser b) {
    b.driver().navigate().refresh();
    return false;
  }

  private static Path earlierRunWithFxOnly() {
    try {
      Path dir = Files.createTempDirectory("egov-offline-");
      dir.toFile().deleteOnExit();
      ServerOptions options = ServerOptions.defaults().withPort(0).withDataDir(dir).withSimulatedUpstreams(true);
      try (PortalApp app = PortalApp.start(options)) {
        // polled on this thread: the condition is code of a class still being initialised
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(dir.resolve("widgets/fx-last-good.json")));
      }
      Files.deleteIfExists(dir.resolve("widgets/weather-last-good.json"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
