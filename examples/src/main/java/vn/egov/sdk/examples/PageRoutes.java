package vn.egov.sdk.examples;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.egov.sdk.core.Assessment;
import vn.egov.sdk.core.catalog.Catalog;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.OnlineLevel;
import vn.egov.sdk.core.catalog.Page;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.roadmap.Roadmap;
import vn.egov.sdk.core.roadmap.RoadmapProgress;
import vn.egov.sdk.core.catalog.SearchQuery;
import vn.egov.sdk.core.Html;

/**
 * The demo page {@code GET /}: procedure search with maturity badges, roadmap progress, then every
 * {@link PageBlock} of {@link PortalContext#pageBlocks()}. Vietnamese by default, English with
 * {@code ?lang=en}. Everything that comes from data or the request is escaped.
 */
final class PageRoutes implements Routes {
  private static final Logger log = LoggerFactory.getLogger(PageRoutes.class);

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
    routes.get("/", this::page);
  }

  private void page(Context ctx) {
    Language lang = Lang.of(ctx);
    for (PageViewListener listener : context.pageViewListeners()) {
      try {
        listener.onPageView(ctx);
      } catch (RuntimeException e) {
        log.warn("A page-view listener failed: {}", e.getClass().getName());
      }
    }
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(lang.pick("Cổng Dịch vụ công – bản trình diễn", "Public service portal – demo"))
        .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(lang.pick("Cổng Dịch vụ công – bản trình diễn", "Public service portal – demo"))
        .append("</h1>\n<nav>")
        .append(lang == Language.VI
            ? "<a href=\"/?lang=en\" hreflang=\"en\" lang=\"en\">English</a>"
            : "<a href=\"/?lang=vi\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a>")
        .append("</nav>\n</header>\n<main>\n");
    int status = search(ctx, lang, html);
    roadmapSection(lang, html);
    for (PageBlock block : context.pageBlocks()) {
      String fragment;
      try {
        fragment = block.render(ctx, lang);
      } catch (RuntimeException e) {
        log.warn("Page block {} failed: {}", block.id(), e.getClass().getName());
        fragment = "<p>" + Html.escape(lang.pick("Mục này tạm thời không hiển thị được.",
            "This section is not available right now.")) + "</p>";
      }
      html.append("<section class=\"block\" id=\"block-").append(Html.escape(block.id())).append("\">\n")
          .append(fragment).append("\n</section>\n");
    }
    html.append("</main>\n<footer><p>")
        .append(lang.pick("Danh mục thủ tục là dữ liệu mẫu, không phải danh mục chính thức.",
            "The procedure catalog is sample data, not an official list."))
        .append("</p></footer>\n</body>\n</html>\n");
    ctx.status(status);
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(html.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The search form and its results; returns the HTTP status (400 for bad parameters). */
  private int search(Context ctx, Language lang, StringBuilder html) {
    SearchQuery query;
    String error = null;
    try {
      query = CatalogParams.parse(ctx);
    } catch (ApiException e) {
      query = SearchQuery.builder().size(10).build();
      error = e.getMessage();
    }
    String q = error == null ? query.text() : "";
    String field = error == null ? query.field().orElse("") : "";
    Optional<OnlineLevel> online = error == null ? query.onlineLevel() : Optional.empty();
    html.append("<section id=\"procedures\">\n<h2>")
        .append(lang.pick("Tra cứu thủ tục hành chính", "Find an administrative procedure"))
        .append("</h2>\n<form method=\"get\" action=\"/\" role=\"search\">\n")
        .append("<input type=\"hidden\" name=\"lang\" value=\"").append(lang.tag()).append("\">\n")
        .append("<label>").append(lang.pick("Từ khóa", "Keywords"))
        .append(" <input type=\"search\" name=\"q\" maxlength=\"").append(CatalogParams.MAX_TEXT)
        .append("\" value=\"").append(Html.escape(q)).append("\"></label>\n")
        .append("<label>").append(lang.pick("Lĩnh vực", "Field")).append(" <select name=\"field\">")
        .append(option("", lang.pick("Tất cả", "All"), field));
    for (String f : catalog.fields()) {
      html.append(option(f, f, field));
    }
    html.append("</select></label>\n<label>").append(lang.pick("Mức độ (NĐ 42/2022)", "Level (Decree 42/2022)"))
        .append(" <select name=\"onlineLevel\">")
        .append(option("", lang.pick("Tất cả", "All"), online.map(Enum::name).orElse("")));
    for (OnlineLevel level : OnlineLevel.values()) {
      html.append(option(level.name(), level.label().in(lang), online.map(Enum::name).orElse("")));
    }
    html.append("</select></label>\n<button type=\"submit\">").append(lang.pick("Tìm kiếm", "Search"))
        .append("</button>\n</form>\n");
    if (error != null) {
      html.append("<p class=\"error\" role=\"alert\">").append(Html.escape(error)).append("</p>\n</section>\n");
      return 400;
    }
    Page<Procedure> page = catalog.search(query);
    html.append("<p>").append(lang.pick(page.total() + " thủ tục", page.total() + " procedures")).append("</p>\n<ol class=\"results\">\n");
    for (Procedure p : page.items()) {
      Assessment a = p.assessment();
      html.append("<li><a href=\"/api/procedures/").append(Html.escape(p.code())).append("?lang=")
          .append(lang.tag()).append("\">").append(Html.escape(p.name())).append("</a> ")
          .append(badges(a, lang)).append("<br><small>").append(Html.escape(p.code())).append(" · ")
          .append(Html.escape(p.field())).append(" · ").append(Html.escape(p.competentAgency().name()))
          .append("</small></li>\n");
    }
    html.append("</ol>\n");
    pager(html, lang, page, q, field, online);
    html.append("</section>\n");
    return 200;
  }

  private static String badges(Assessment a, Language lang) {
    String legacy = a.legacyLevel() == 0 ? lang.pick("Chưa công khai", "Not published")
        : lang.pick("Mức độ ", "Level ") + a.legacyLevel();
    return "<span class=\"badge legacy-" + a.legacyLevel() + "\" title=\""
        + Html.escape(lang.pick("Mức độ theo Nghị định 43/2011", "Level under Decree 43/2011")) + "\">"
        + Html.escape(legacy) + "</span> <span class=\"badge online-"
        + a.onlineLevel().name().toLowerCase(java.util.Locale.ROOT) + "\" title=\""
        + Html.escape(lang.pick("Phân loại theo Nghị định 42/2022", "Class under Decree 42/2022")) + "\">"
        + Html.escape(a.onlineLevel().label().in(lang)) + "</span>";
  }

  private static void pager(StringBuilder html, Language lang, Page<Procedure> page, String q,
      String field, Optional<OnlineLevel> online) {
    int pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
    if (pages <= 1) {
      return;
    }
    Function<Integer, String> link = n -> "/?lang=" + lang.tag() + "&amp;q=" + url(q) + "&amp;field="
        + url(field) + "&amp;onlineLevel=" + online.map(Enum::name).orElse("") + "&amp;page=" + n;
    html.append("<nav class=\"pager\">");
    if (page.page() > 1) {
      html.append("<a rel=\"prev\" href=\"").append(link.apply(Math.min(page.page() - 1, pages)))
          .append("\">").append(lang.pick("« Trang trước", "« Previous")).append("</a> ");
    }
    html.append(lang.pick("Trang ", "Page ")).append(page.page()).append('/').append(pages);
    if (page.page() < pages) {
      html.append(" <a rel=\"next\" href=\"").append(link.apply(page.page() + 1)).append("\">")
          .append(lang.pick("Trang sau »", "Next »")).append("</a>");
    }
    html.append("</nav>\n");
  }

  private void roadmapSection(Language lang, StringBuilder html) {
    LocalDate today = LocalDate.ofInstant(context.clock().instant(), CatalogRoutes.VIETNAM);
    RoadmapProgress r = roadmap.progress(catalog, today);
    html.append("<section id=\"roadmap\">\n<h2>")
        .append(lang.pick("Lộ trình cung cấp dịch vụ công trực tuyến", "Online public service roadmap"))
        .append("</h2>\n<table>\n<caption>")
        .append(lang.pick("Số thủ tục theo mức độ", "Procedures per level"))
        .append("</caption>\n<tr>");
    for (int level = 1; level <= 4; level++) {
      html.append("<th scope=\"col\">").append(lang.pick("Mức độ ", "Level ")).append(level).append("</th>");
    }
    for (OnlineLevel level : OnlineLevel.values()) {
      html.append("<th scope=\"col\">").append(Html.escape(level.label().in(lang))).append("</th>");
    }
    html.append("</tr>\n<tr>");
    for (int level = 1; level <= 4; level++) {
      html.append("<td>").append(r.byLegacyLevel().getOrDefault(level, 0)).append("</td>");
    }
    for (Map.Entry<OnlineLevel, Integer> e : r.byOnlineLevel().entrySet()) {
      html.append("<td>").append(e.getValue()).append("</td>");
    }
    html.append("</tr>\n</table>\n<ul class=\"targets\">\n");
    for (RoadmapProgress.TargetProgress t : r.targets()) {
      html.append("<li class=\"").append(t.met() ? "met" : "short").append("\">")
          .append(Html.escape(t.target().description().in(lang))).append(" (")
          .append(t.target().deadline().map(d -> lang.pick("hạn ", "deadline ") + d)
              .orElse(lang.pick("không ghi thời hạn", "no deadline given"))).append("): ")
          .append(t.actual()).append('/').append(t.required()).append(" – ")
          .append(t.met() ? lang.pick("đạt", "met")
              : lang.pick("còn thiếu " + t.shortBy(), "short by " + t.shortBy()))
          .append("</li>\n");
    }
    html.append("</ul>\n</section>\n");
  }

  private static String option(String value, String label, String selected) {
    return "<option value=\"" + Html.escape(value) + "\"" + (value.equals(selected) ? " selected" : "")
        + ">" + Html.escape(label) + "</option>";
  }

  private static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a}
      header{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #b00}
      h1{font-size:1.4rem}form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}
      .badge{display:inline-block;padding:0 .4rem;border-radius:.3rem;font-size:.8rem;background:#eee}
      .legacy-3,.legacy-4{background:#dbeafe}.online-full_process{background:#bbf7d0}
      .online-partial{background:#fef3c7}.error{color:#b00}.met{color:#065f46}.short{color:#92400e}
      table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:center}
      section{margin:1.5rem 0}""";
}
