package vn.egov.sdk.examples;

import java.util.List;
import vn.egov.sdk.core.catalog.Catalog;
import vn.egov.sdk.core.roadmap.Roadmap;
import vn.egov.sdk.core.catalog.SampleData;

/**
 * The catalog feature of the server: the sample catalog and roadmap behind the API and the demo
 * page, and a {@code catalog} health component (UP with the number of procedures).
 */
final class CatalogFeature {
  private CatalogFeature() {}

  static List<Routes> routes(PortalContext context) {
    Catalog catalog = SampleData.catalog();
    Roadmap roadmap = SampleData.roadmap();
    context.addHealth(() -> new HealthContributor.Health("catalog", HealthContributor.Status.UP,
        catalog.size() + " procedures (sample data)"));
    return List.of(new CatalogRoutes(context, catalog, roadmap), new PageRoutes(context, catalog, roadmap));
  }
}
