package vn.egov.sdk.examples;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /health}: UP when every part is up, DOWN when any is down, else DEGRADED. */
final class HealthRoutes implements Routes {
  private final PortalContext context;

  HealthRoutes(PortalContext context) {
    this.context = context;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/health", ctx -> {
      List<HealthContributor.Health> parts = context.health().stream()
          .map(HealthContributor::health).toList();
      HealthContributor.Status overall = HealthContributor.Status.UP;
      for (HealthContributor.Health h : parts) {
        if (h.status().ordinal() > overall.ordinal()) {
          overall = h.status();
        }
      }
      Map<String, Object> components = new LinkedHashMap<>();
      for (HealthContributor.Health h : parts) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("status", h.status().name());
        if (h.detail() != null) {
          c.put("detail", h.detail());
        }
        components.put(h.component(), c);
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", overall.name());
      body.put("components", components);
      // The contract: 200 for UP and DEGRADED, 503 for DOWN (a load balancer takes the node out).
      if (overall == HealthContributor.Status.DOWN) {
        ctx.status(503);
        ctx.header("Retry-After", String.valueOf(PortalApp.STORE_RETRY_AFTER_SECONDS));
      }
      ctx.json(body);
    });
  }
}
