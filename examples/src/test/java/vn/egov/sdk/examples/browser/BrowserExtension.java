package vn.egov.sdk.examples.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.egov.sdk.examples.PortalApp;
import vn.egov.sdk.examples.Routes;
import vn.egov.sdk.examples.ServerOptions;
import vn.egov.sdk.examples.TestServers;

/**
 * The JUnit 5 extension behind {@link BrowserTest}: one portal server per test class, a new
 * {@link Browser} for each {@code Browser} parameter (closed after its method), and on a failing test
 * a screenshot, the page source and the console of each of its browsers under
 * {@code target/browser-failures/}.
 *
 * <pre>{@code
 * class DeadUpstreamsBrowserTest {
 *   @RegisterExtension
 *   static final BrowserExtension browsers = BrowserExtension.builder().deadUpstreams().build();
 *
 *   @Test
 *   void calmStates(Browser browser) {
 *     browser.open("/");
 *     ...
 *   }
 * }
 * }</pre>
 */
public final class BrowserExtension implements BeforeAllCallback, AfterTestExecutionCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);
  private static final String PORTAL = "portal";
  private static final String BROWSERS = "browsers";

  private final UnaryOperator<ServerOptions> options;
  private final boolean deadUpstreams;
  private final Clock clock;
  private final List<Routes> routes;

  /** The defaults of {@link BrowserTest}: simulated upstreams, the system clock, no extra routes. */
  public BrowserExtension() {
    this(builder());
  }

  private BrowserExtension(Builder b) {
    this.options = b.options;
    this.deadUpstreams = b.deadUpstreams;
    this.clock = b.clock;
    this.routes = List.copyOf(b.routes);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Options of a {@link BrowserExtension}; each is checked when it is set. */
  public static final class Builder {
    private UnaryOperator<ServerOptions> options = UnaryOperator.identity();
    private boolean deadUpstreams;
    private Clock clock = Clock.systemDefaultZone();
    private final List<Routes> routes = new ArrayList<>();

    private Builder() {}

    /**
     * Changes the server's options, starting from port 0, a temporary data directory and
     * {@code --simulate-upstreams} (e.g. {@code o -> o.withAdminToken("t")}).
     */
    public Builder options(UnaryOperator<ServerOptions> change) {
      this.options = Objects.requireNonNull(change, "change");
      return this;
    }

    /** Every upstream dead (nothing listens at their addresses): the widgets' calm states. */
    public Builder deadUpstreams() {
      this.deadUpstreams = true;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Extra route groups after the server's own (test pages, probes). */
    public Builder routes(Routes... extra) {
      for (Routes r : extra) {
        routes.add(Objects.requireNonNull(r, "a route group"));
      }
      return this;
    }

    public BrowserExtension build() {
      return new BrowserExtension(this);
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    BrowserEnvironment.fromSystem().requireBrowser();
    portal(context);
  }

  private Portal portal(ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(PORTAL, k -> startPortal(), RunningPortal.class).portal;
  }

  private RunningPortal startPortal() {
    Path dataDir;
    try {
      dataDir = Files.createTempDirectory("egov-browser-portal-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ServerOptions base = ServerOptions.defaults().withPort(0).withDataDir(dataDir);
    base = deadUpstreams
        ? base.withSimulatedUpstreams(false).withUpstreams(TestServers.NO_UPSTREAM, TestServers.NO_UPSTREAM)
        : base.withSimulatedUpstreams(true);
    ServerOptions chosen = options.apply(base);
    try {
      PortalApp app = PortalApp.start(chosen, clock, routes);
      return new RunningPortal(new Portal(app, chosen), dataDir);
    } catch (RuntimeException e) {
      Browser.deleteQuietly(dataDir);
      throw e;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    Class<?> type = parameter.getParameter().getType();
    return type == Portal.class || type == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Portal portal = portal(context);
    if (parameter.getParameter().getType() == Portal.class) {
      return portal;
    }
    Optional<Launch> launch = parameter.findAnnotation(Launch.class);
    Viewport viewport = launch.map(l -> l.screen().viewport()).orElse(Viewport.DESKTOP);
    boolean javaScript = launch.map(Launch::javaScript).orElse(true);
    OpenBrowsers open = context.getStore(NAMESPACE).getOrComputeIfAbsent(browsersKey(context),
        k -> new OpenBrowsers(), OpenBrowsers.class);
    String name = context.getRequiredTestClass().getSimpleName()
        + context.getTestMethod().map(m -> "-" + m.getName()).orElse("") + "-" + (open.list.size() + 1);
    Browser browser = Browser.launch(BrowserEnvironment.fromSystem(), portal.base(), viewport, javaScript, name);
    open.list.add(browser);
    return browser;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    OpenBrowsers open = context.getStore(NAMESPACE).get(browsersKey(context), OpenBrowsers.class);
    if (open == null) {
      return;
    }
    Path dir = BrowserEnvironment.fromSystem().targetDir().resolve("browser-failures");
    for (Browser b : open.list) {
      b.saveArtifacts(dir.resolve(b.name()));
    }
  }

  /** Per context (a method's browsers never join its class's list). */
  private static String browsersKey(ExtensionContext context) {
    return BROWSERS + ":" + context.getUniqueId();
  }

  /** The browsers of one test method (or class), closed with its extension context. */
  private static final class OpenBrowsers implements AutoCloseable {
    private final List<Browser> list = new ArrayList<>();

    @Override
    public void close() {
      for (Browser b : list) {
        b.close();
      }
    }
  }

  /** The class's server and its data directory, removed when the class is done. */
  private record RunningPortal(Portal portal, Path dataDir) implements AutoCloseable {
    @Override
    public void close() {
      try {
        portal.app().close();
      } finally {
        Browser.deleteQuietly(dataDir);
      }
    }
  }
}
