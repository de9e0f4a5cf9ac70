package vn.egov.sdk.examples;

import io.javalin.http.Context;

/**
 * A block of the demo page at {@code /} (procedure search, roadmap, exchange rates, weather, visitors,
 * poll…). A feature registers its blocks with {@link PortalContext#addPageBlock(PageBlock)}; the page
 * shows them in registration order. {@link #render} returns an HTML fragment in which everything that
 * came from data or upstreams is escaped; it must not throw for bad data.
 */
public interface PageBlock {
  /** Stable id used as the block's HTML id, e.g. {@code "fx"}. */
  String id();

  String render(Context ctx, vn.egov.sdk.core.Language lang);

  /** A block whose fragment depends only on the language. */
  static PageBlock of(String id, java.util.function.Function<vn.egov.sdk.core.Language, String> render) {
    return new PageBlock() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String render(Context ctx, vn.egov.sdk.core.Language lang) {
        return render.apply(lang);
      }
    };
  }
}
