package vn.egov.sdk.examples.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's, driven by Debian's ChromeDriver through Selenium) with a fresh
 * profile, pointed at one portal server. Use {@link #driver()} for the whole Selenium API; the methods
 * here are what the portal's tests need beyond it: viewports, full-page screenshots, axe-core, the
 * page's Content-Security-Policy violations and script errors, and what was loaded from elsewhere.
 *
 * <p>The browser reaches nothing but 127.0.0.1: every other host name resolves to nothing, so a page
 * that needs the network shows it at once. Names under {@code .test} (RFC 6761) resolve to 127.0.0.1,
 * so that a test can play another site ({@code http://other-site.test:PORT/} is cross-site to the
 * portal at {@code http://127.0.0.1:PORT/}). Close it (the extension does) to end Chromium and its
 * driver.
 */
public final class Browser implements AutoCloseable {
  /** Generous on a busy machine: waits poll a condition and return as soon as it holds. */
  public static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** The flags that work on this project's machines (headless, as root, with no outside network). */
  static final List<String> FLAGS = List.of(
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-default-apps", "--disable-extensions", "--disable-dev-shm-usage",
      "--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication",
      "--password-store=basic", "--force-color-profile=srgb", "--hide-scrollbars",
      "--host-resolver-rules=MAP *.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost");

  /**
   * Installed in every document before its own scripts: records Content-Security-Policy violations,
   * uncaught errors and unhandled rejections where {@link #cspViolations()} and
   * {@link #scriptErrors()} read them. DevTools-injected, so the page's CSP does not block it.
   */
  private static final String RECORDER = """
      (() => {
        const csp = [], errors = [];
        Object.defineProperty(window, '__egovCsp', {value: csp});
        Object.defineProperty(window, '__egovErrors', {value: errors});
        document.addEventListener('securitypolicyviolation', e => csp.push(
            e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at '
            + (e.sourceFile || document.location.href) + ':' + e.lineNumber
            + (e.sample ? ' «' + e.sample + '»' : '')));
        window.addEventListener('error', e => {
          if (e.error || e.message) errors.push(String(e.message) + ' at ' + e.filename + ':' + e.lineno);
        });
        window.addEventListener('unhandledrejection', e => errors.push('unhandled rejection: ' + e.reason));
      })();""";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Selenium looks for a DevTools binding matching the browser's version and warns at every start
   * when there is none; nothing here uses those bindings (CDP commands go through ChromeDriver), so
   * the warning is noise. Held in a field: java.util.logging forgets a level set on a collected logger.
   */
  private static final java.util.logging.Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  private final ChromeDriver driver;
  private final URI base;
  private final BrowserEnvironment environment;
  private final Path profile;
  private final String name;
  private final boolean javaScript;
  private Viewport viewport;

  private Browser(ChromeDriver driver, URI base, BrowserEnvironment environment, Path profile, String name,
      boolean javaScript) {
    this.javaScript = javaScript;
    this.driver = driver;
    this.base = base;
    this.environment = environment;
    this.profile = profile;
    this.name = name;
  }

  /**
   * Starts Chromium with a fresh profile. Skips (or fails under CI) when Chromium or ChromeDriver is
   * missing or they do not match.
   *
   * @param environment where the tools are
   * @param base the portal's base URL ({@code http://127.0.0.1:PORT/}); {@link #open} resolves against it
   * @param viewport the first viewport
   * @param javaScript {@code false} to test what works without scripts
   * @param name a short name for logs and failure files
   */
  public static Browser launch(BrowserEnvironment environment, URI base, Viewport viewport,
      boolean javaScript, String name) {
    Path[] tools = environment.requireBrowser();
    Path profile;
    Path logDir = environment.targetDir().resolve("browser-logs");
    try {
      profile = Files.createTempDirectory("egov-chromium-");
      Files.createDirectories(logDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(tools[0].toFile());
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile, "--lang=vi-VN",
        "--window-size=" + viewport.width() + "," + viewport.height());
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("intl.accept_languages", "vi-VN,vi,en");
    options.setExperimentalOption("prefs", prefs);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setPageLoadTimeout(TIMEOUT);
    options.setScriptTimeout(TIMEOUT);
    options.setImplicitWaitTimeout(Duration.ZERO);

    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(tools[1].toFile())
        .usingAnyFreePort()
        .withLogLevel(ChromiumDriverLogLevel.WARNING)
        .withLogFile(logDir.resolve("chromedriver-" + name + ".log").toFile())
        .withTimeout(TIMEOUT)
        .build();
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (SessionNotCreatedException e) {
      service.stop();
      deleteQuietly(profile);
      String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      environment.unavailable("Chromium did not start under ChromeDriver (" + tools[0] + ", " + tools[1]
          + "): " + first);
      throw e;
    }
    Browser browser = new Browser(driver, base, environment, profile, name, javaScript);
    try {
      if (!javaScript) {
        // The page's own scripts never run; DevTools (and so axe-core, see axe()) still can.
        browser.pageScripts(false);
      }
      driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
      browser.viewport(viewport);
    } catch (RuntimeException e) {
      browser.close();
      throw e;
    }
    return browser;
  }

  /** The Selenium driver, for everything not wrapped here. */
  public WebDriver driver() {
    return driver;
  }

  public String name() {
    return name;
  }

  /** The portal's base URL. */
  public URI base() {
    return base;
  }

  /** Loads {@code pathOrUrl} (relative to the portal, e.g. {@code /?lang=en}) and waits for it to load. */
  public Browser open(String pathOrUrl) {
    driver.get(resolve(pathOrUrl).toString());
    return this;
  }

  public URI resolve(String pathOrUrl) {
    if (pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://")) {
      return URI.create(pathOrUrl);
    }
    return base.resolve(pathOrUrl.startsWith("/") ? pathOrUrl.substring(1) : pathOrUrl);
  }

  /** The current URL's path and query, e.g. {@code /polls/x?lang=en}. */
  public String path() {
    URI u = URI.create(driver.getCurrentUrl());
    return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * Waits (up to {@link #TIMEOUT}) until {@code condition} returns something other than null or false.
   * An element that is missing or was replaced while the condition looked at it (a page script
   * re-rendering a block) is not a failure: the condition is simply tried again.
   */
  public <T> T waitUntil(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(50))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(condition::apply);
  }

  /** The visible text of the first element matching {@code css} now, or "" when there is none. */
  public String text(String css) {
    for (int attempt = 0; attempt < 3; attempt++) {
      List<WebElement> found = findAll(css);
      if (found.isEmpty()) {
        return "";
      }
      try {
        return found.get(0).getText();
      } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
        // re-rendered between finding and reading: find it again
      }
    }
    return "";
  }

  /** Keys sent to whatever has the focus, as a keyboard-only user would (Tab, Space, Enter…). */
  public Browser press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
    return this;
  }

  /** Presses Tab until {@code css} has the focus; fails after {@code maxTabs} presses. */
  public WebElement tabTo(String css, int maxTabs) {
    WebElement target = find(css);
    for (int i = 0; i < maxTabs; i++) {
      if (target.equals(focused())) {
        return target;
      }
      press(Keys.TAB);
    }
    if (target.equals(focused())) {
      return target;
    }
    throw new AssertionError(css + " did not get the focus within " + maxTabs + " Tab presses");
  }

  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /** Runs {@code script} in the page (a function body; {@code arguments[i]} are {@code args}). */
  public Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  public Viewport viewport() {
    return viewport;
  }

  /** Sets the layout viewport exactly (CSS pixels, device scale 1); a mobile one emulates a phone. */
  public Browser viewport(Viewport v) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", v.width(), "height", v.height(), "deviceScaleFactor", 1, "mobile", v.mobile()));
    driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", v.mobile()));
    this.viewport = v;
    return this;
  }

  /**
   * How many CSS pixels the page is wider than the viewport (0 when nothing scrolls sideways): the
   * 360 px check.
   */
  public long horizontalOverflow() {
    Object px = script("const d = document.documentElement;"
        + " return Math.max(d.scrollWidth, document.body ? document.body.scrollWidth : 0) - d.clientWidth;");
    return ((Number) px).longValue();
  }

  /**
   * The innermost elements that reach past the viewport's right edge (at most 5, as
   * {@code tag#id.class right=PX}): what to fix when {@link #horizontalOverflow()} is not 0.
   */
  public List<String> overflowingElements() {
    return strings(script("""
        const width = document.documentElement.clientWidth;
        const over = Array.from(document.querySelectorAll('body *')).filter(e => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.right > width + 0.5 && getComputedStyle(e).position !== 'fixed';
        });
        const innermost = over.filter(e => !over.some(o => o !== e && e.contains(o)));
        return innermost.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
            + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
            + ' right=' + Math.round(e.getBoundingClientRect().right));"""));
  }

  /** A PNG of the whole page (not only the viewport), at CSS pixel size. Returns {@code file}. */
  public Path screenshot(Path file) {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double width = Math.max(viewport.width(), ((Number) size.get("width")).doubleValue());
    double height = Math.min(16_384, Math.max(viewport.height(), ((Number) size.get("height")).doubleValue()));
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true, "fromSurface", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    return write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** A PNG of what the viewport shows. Returns {@code file}. */
  public Path viewportScreenshot(Path file) {
    return write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }

  /** {@code false} when the page's scripts are off ({@code @Launch(javaScript = false)}). */
  public boolean javaScript() {
    return javaScript;
  }

  private void pageScripts(boolean enabled) {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
  }

  /**
   * Runs axe-core (WCAG 2.0/2.1 A and AA, best practices) on the current page. In a browser without
   * page scripts, scripting is switched on for axe's run only: the page's scripts did not run at load
   * and do not run now, so axe sees the page as a visitor without JavaScript does.
   */
  public AxeReport axe() {
    if (javaScript) {
      return runAxe();
    }
    pageScripts(true);
    try {
      return runAxe();
    } finally {
      pageScripts(false);
    }
  }

  private AxeReport runAxe() {
    Path script = environment.requireAxe();
    if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object';"))) {
      try {
        script(Files.readString(script, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Object json = driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: JSON.parse(arguments[0])}, resultTypes: ['violations']})
          .then(r => done(JSON.stringify({url: r.url, version: axe.version, passes: r.passes.length,
                violations: r.violations})),
                e => done(JSON.stringify({error: String(e && e.message || e)})));""",
        toJson(AxeReport.TAGS));
    JsonNode root = parse(String.valueOf(json));
    if (root.has("error")) {
      throw new AssertionError("axe-core failed on " + driver.getCurrentUrl() + ": " + root.get("error").asText());
    }
    return AxeReport.fromJson(root);
  }

  /** axe-core on the current page: no serious or critical violation, else a failure listing them. */
  public AxeReport assertAccessible() {
    return axe().assertNoSeriousOrCritical();
  }

  /** Every Content-Security-Policy violation the current document has reported so far. */
  public List<String> cspViolations() {
    return strings(script("return window.__egovCsp ? Array.from(window.__egovCsp) : [];"));
  }

  /** Fails with the list unless the current document broke its Content-Security-Policy nowhere. */
  public Browser assertNoCspViolations() {
    List<String> v = cspViolations();
    if (!v.isEmpty()) {
      throw new AssertionError("Content-Security-Policy violations on " + driver.getCurrentUrl() + ":\n  "
          + String.join("\n  ", v));
    }
    return this;
  }

  /** Uncaught script errors and unhandled promise rejections of the current document. */
  public List<String> scriptErrors() {
    return strings(script("return window.__egovErrors ? Array.from(window.__egovErrors) : [];"));
  }

  /** The browser console's errors since the last call (failed loads, CSP reports, script errors). */
  public List<String> consoleErrors() {
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
        out.add(e.getMessage());
      }
    }
    return out;
  }

  /** Every resource the current document loaded (or tried to) from another origin than the portal. */
  public List<String> offOriginResources() {
    return strings(script("""
        const origin = document.location.origin;
        return performance.getEntriesByType('resource').map(e => e.name)
            .filter(u => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));"""));
  }

  /** The value of a cookie the browser holds for the portal, or null. */
  public String cookie(String name) {
    org.openqa.selenium.Cookie c = driver.manage().getCookieNamed(name);
    return c == null ? null : c.getValue();
  }

  /** Saves a screenshot, the page source and the console of the moment under {@code prefix}.*. */
  void saveArtifacts(Path prefix) {
    try {
      Files.createDirectories(prefix.getParent());
      viewportScreenshot(prefix.resolveSibling(prefix.getFileName() + ".png"));
      Files.writeString(prefix.resolveSibling(prefix.getFileName() + ".html"), driver.getPageSource(),
          StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>();
      lines.add("url: " + driver.getCurrentUrl());
      cspViolations().forEach(v -> lines.add("csp: " + v));
      scriptErrors().forEach(v -> lines.add("script: " + v));
      consoleErrors().forEach(v -> lines.add("console: " + v));
      Files.write(prefix.resolveSibling(prefix.getFileName() + ".txt"), lines, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      // best effort: the test's own failure is what matters
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static Path write(Path file, byte[] png) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.write(file, png);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(o -> out.add(String.valueOf(o)));
    }
    return out;
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("axe-core returned no JSON: " + json, e);
    }
  }

  static void deleteQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // a file Chromium still held; the directory is in the system's temp folder
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // best effort
    }
  }
}
