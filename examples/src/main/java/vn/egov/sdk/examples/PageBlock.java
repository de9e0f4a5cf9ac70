package vn.egov.sdk.examples;

import io.javalin.http.Context;
import java.util.function.Function;
import vn.egov.sdk.core.Language;

/**
 * A block of the home page at {@code /} (e-forms, exchange rates, weather, visitors, poll…). A feature
 * registers its blocks with {@link PortalContext#addPageBlock(PageBlock)}; the page shows them in
 * registration order, each in its {@link #slot()}. {@link #render} returns an HTML fragment in which
 * everything that came from data or upstreams is escaped, without inline script or style; it must not
 * throw for bad data (a block that throws is replaced by a short notice).
 */
public interface PageBlock {
  /** Where a block goes on the page. */
  enum Slot {
    /** The main column, after the procedure search and the roadmap. */
    MAIN,
    /** The sidebar of the classic portal blocks. */
    SIDEBAR
  }

  /** Stable id used in the block's HTML id ({@code block-<id>}), e.g. {@code "fx"}. */
  String id();

  /** The sidebar unless the block says otherwise. */
  default Slot slot() {
    return Slot.SIDEBAR;
  }

  String render(Context ctx, Language lang);

  /** A sidebar block whose fragment depends only on the language. */
  static PageBlock of(String id, Function<Language, String> render) {
    return of(id, Slot.SIDEBAR, render);
  }

  /** A block in {@code slot} whose fragment depends only on the language. */
  static PageBlock of(String id, Slot slot, Function<Language, String> render) {
    return new PageBlock() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Slot slot() {
        return slot;
      }

      @Override
      public String render(Context ctx, Language lang) {
        return render.apply(lang);
      }
    };
  }
}
