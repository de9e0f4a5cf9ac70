package vn.egov.sdk.examples;

import io.javalin.config.RoutesConfig;

/**
 * One group of the portal server's endpoints (catalog, calendar, widgets, stats, forms…). A group
 * registers its handlers and throws {@link ApiException} for every expected failure; anything else
 * becomes a generic 500 whose body names no exception.
 */
public interface Routes {
  void register(RoutesConfig routes);
}
