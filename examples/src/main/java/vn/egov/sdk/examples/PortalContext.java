package vn.egov.sdk.examples;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.egov.sdk.examples.site.Site;
import vn.egov.sdk.examples.site.StaticAssets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every feature of the portal server shares: its options, JSON, admin guard, clock, health
 * registry and the resources to close (in reverse order) when the server stops.
 */
public final class PortalContext implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PortalContext.class);

  private final ServerOptions options;
  private final Json json = new Json();
  private final AdminAuth admin;
  private final Clock clock;
  private final List<HealthContributor> health = new ArrayList<>();
  private final List<PageBlock> pageBlocks = new ArrayList<>();
  private final List<PageViewListener> pageViewListeners = new ArrayList<>();
  private final Deque<AutoCloseable> resources = new ArrayDeque<>();
  private final Site site = new Site(StaticAssets.site());
  private final Map<String, String> procedureForms = new ConcurrentHashMap<>();

  public PortalContext(ServerOptions options, Clock clock) {
    this.options = options;
    this.clock = clock;
    this.admin = new AdminAuth(options.adminToken());
  }

  public ServerOptions options() {
    return options;
  }

  public Json json() {
    return json;
  }

  public AdminAuth admin() {
    return admin;
  }

  public Clock clock() {
    return clock;
  }

  public void addHealth(HealthContributor contributor) {
    health.add(contributor);
  }

  public List<HealthContributor> health() {
    return List.copyOf(health);
  }

  public void addPageBlock(PageBlock block) {
    pageBlocks.add(block);
  }

  public List<PageBlock> pageBlocks() {
    return List.copyOf(pageBlocks);
  }

  public void addPageViewListener(PageViewListener listener) {
    pageViewListeners.add(listener);
  }

  public List<PageViewListener> pageViewListeners() {
    return List.copyOf(pageViewListeners);
  }

  /** The site's templates and static files, shared by every feature's pages. */
  public Site site() {
    return site;
  }

  /** Tells every page-view listener that a page of the site was shown; a failing listener is logged. */
  public void pageViewed(io.javalin.http.Context ctx) {
    for (PageViewListener listener : pageViewListeners) {
      try {
        listener.onPageView(ctx);
      } catch (RuntimeException e) {
        log.warn("A page-view listener failed: {}", e.getClass().getName());
      }
    }
  }

  /** Records that the procedure with this code is filed online with this e-form. */
  public void linkForm(String procedureCode, String formId) {
    procedureForms.put(procedureCode, formId);
  }

  /** The e-form of a procedure, when it has one. */
  public Optional<String> formFor(String procedureCode) {
    return Optional.ofNullable(procedureForms.get(procedureCode));
  }

  /** Registers a resource to close when the server stops; returns it for chaining. */
  public <T extends AutoCloseable> T closeLater(T resource) {
    resources.push(resource);
    return resource;
  }

  @Override
  public void close() {
    while (!resources.isEmpty()) {
      AutoCloseable r = resources.pop();
      try {
        r.close();
      } catch (Exception e) {
        log.warn("Closing {} failed: {}", r.getClass().getSimpleName(), e.getClass().getSimpleName());
      }
    }
  }
}
