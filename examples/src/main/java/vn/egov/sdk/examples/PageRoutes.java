package vn.egov.sdk.examples;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.egov.sdk.core.catalog.Catalog;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.OnlineLevel;
import vn.egov.sdk.core.catalog.Page;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.roadmap.Roadmap;
import vn.egov.sdk.core.catalog.SearchQuery;
import vn.egov.sdk.examples.site.HomePage;
import vn.egov.sdk.examples.site.ProcedurePage;
import vn.egov.sdk.examples.site.RoadmapChart;
import vn.egov.sdk.examples.site.Site;
import vn.egov.sdk.examples.site.SiteLang;
import vn.egov.sdk.core.Html;

/**
 * The site's catalog pages: the home page {@code GET /} (procedure search with maturity badges, the
 * roadmap charts, then every {@link PageBlock} in its slot) and a procedure's page
 * {@code GET /thu-tuc/{code}}. Vietnamese by default, English with {@code ?lang=en} (remembered).
 */
final class PageRoutes implements Routes {
  private static final Logger log = LoggerFactory.getLogger(PageRoutes.class);
  /** Results per page of the home page's search (the API's default is 20). */
  static final int HOME_PAGE_SIZE = 10;
  private static final Pattern CODE = Pattern.compile("[0-9A-Z.]{1,64}");

  private final PortalContext context;
  private final Catalog catalog;
  private final Roadmap roadmap;

  PageRoutes(PortalContext context, Catalog catalog, Roadmap roadmap) {
    this.context = context;
    this.catalog = catalog;
    this.roadmap = roadmap;
  }

  @Override
  public void register(RoutesConfig routes) {
    context.site().assets().register(routes);
    routes.get("/", this::home);
    routes.get("/thu-tuc/{code}", this::procedure);
  }

  private void home(Context ctx) {
    Language lang = SiteLang.of(ctx);
    context.pageViewed(ctx);
    SearchOutcome search = search(ctx, lang);
    LocalDate today = LocalDate.ofInstant(context.clock().instant(), CatalogRoutes.VIETNAM);
    RoadmapChart chart = RoadmapChart.of(roadmap.progress(catalog, today), lang);
    List<HomePage.Block> main = new ArrayList<>();
    List<HomePage.Block> sidebar = new ArrayList<>();
    for (PageBlock block : context.pageBlocks()) {
      (block.slot() == PageBlock.Slot.MAIN ? main : sidebar).add(new HomePage.Block(block.id(), render(block, ctx, lang)));
    }
    Site site = context.site();
    site.render(ctx, search.status, "home.jte", Site.params(
        "c", site.chrome(ctx, lang.pick("Trang chủ", "Home"), "home"),
        "m", new HomePage(search.search, chart, main, sidebar)));
  }

  private static String render(PageBlock block, Context ctx, Language lang) {
    try {
      return block.render(ctx, lang);
    } catch (RuntimeException e) {
      log.warn("Page block {} failed: {}", block.id(), e.getClass().getName());
      return "<p class=\"egov-notice\">" + Html.escape(lang.pick("Mục này tạm thời không hiển thị được.",
          "This section is not available right now.")) + "</p>";
    }
  }

  private record SearchOutcome(HomePage.Search search, int status) {}

  /** The search form and its results; 400 with the message for bad parameters. */
  private SearchOutcome search(Context ctx, Language lang) {
    SearchQuery query;
    String error = null;
    try {
      query = CatalogParams.parse(ctx, HOME_PAGE_SIZE);
    } catch (ApiException e) {
      query = SearchQuery.builder().size(10).build();
      error = e.getMessage();
    }
    String q = error == null ? query.text() : "";
    String field = error == null ? query.field().orElse("") : "";
    String online = error == null ? query.onlineLevel().map(Enum::name).orElse("") : "";
    List<HomePage.Option> fields = new ArrayList<>();
    fields.add(new HomePage.Option("", lang.pick("Tất cả", "All"), field.isEmpty()));
    for (String f : catalog.fields()) {
      fields.add(new HomePage.Option(f, f, f.equals(field)));
    }
    List<HomePage.Option> levels = new ArrayList<>();
    levels.add(new HomePage.Option("", lang.pick("Tất cả", "All"), online.isEmpty()));
    for (OnlineLevel level : OnlineLevel.values()) {
      levels.add(new HomePage.Option(level.name(), level.label().in(lang), level.name().equals(online)));
    }
    if (error != null) {
      return new SearchOutcome(new HomePage.Search(q, fields, levels, error, 0, List.of(), null), 400);
    }
    Page<Procedure> page = catalog.search(query);
    List<HomePage.ProcedureRow> rows = new ArrayList<>();
    for (Procedure p : page.items()) {
      var a = p.assessment();
      rows.add(new HomePage.ProcedureRow(p.code(), p.name(), p.field(), p.competentAgency().name(),
          a.legacyLevel(), ProcedurePage.legacyLabel(a.legacyLevel(), lang),
          ProcedurePage.cssClass(a.onlineLevel()), a.onlineLevel().label().in(lang),
          context.formFor(p.code()).map(id -> "/forms/" + id).orElse(null)));
    }
    int pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
    HomePage.Pager pager = null;
    if (pages > 1) {
      String base = "/?q=" + Site.enc(q) + "&field=" + Site.enc(field) + "&onlineLevel=" + online
          + (page.size() == HOME_PAGE_SIZE ? "" : "&size=" + page.size()) + "&page=";
      pager = new HomePage.Pager(page.page(), pages,
          page.page() > 1 ? base + Math.min(page.page() - 1, pages) + "#thu-tuc" : null,
          page.page() < pages ? base + (page.page() + 1) + "#thu-tuc" : null);
    }
    return new SearchOutcome(new HomePage.Search(q, fields, levels, null, page.total(), rows, pager), 200);
  }

  private void procedure(Context ctx) {
    Language lang = SiteLang.of(ctx);
    String code = ctx.pathParam("code");
    Optional<Procedure> found = CODE.matcher(code).matches() ? catalog.find(code) : Optional.empty();
    Site site = context.site();
    if (found.isEmpty()) {
      site.render(ctx, 404, "message.jte", Site.params(
          "c", site.chrome(ctx, lang.pick("Không tìm thấy thủ tục", "Procedure not found"), "procedures"),
          "heading", lang.pick("Không tìm thấy thủ tục", "Procedure not found"),
          "text", lang.pick("Không có thủ tục hành chính với mã này. Hãy tìm theo tên ở trang chủ.",
              "No procedure has this code. Search for it by name on the home page.")));
      return;
    }
    context.pageViewed(ctx);
    Procedure p = found.get();
    site.render(ctx, 200, "procedure.jte", Site.params(
        "c", site.chrome(ctx, p.name(), "procedures"),
        "m", ProcedurePage.of(p, context.formFor(p.code()).map(id -> "/forms/" + id).orElse(null), lang)));
  }
}
