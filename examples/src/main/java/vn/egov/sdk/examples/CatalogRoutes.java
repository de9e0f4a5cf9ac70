package vn.egov.sdk.examples;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import vn.egov.sdk.core.catalog.Catalog;
import vn.egov.sdk.core.catalog.CpsvApExport;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.roadmap.Roadmap;

/**
 * The catalog endpoints of the contract: {@code GET /api/procedures}, {@code GET
 * /api/procedures/{code}}, {@code GET /api/roadmap}; plus {@code GET /api/procedures/{code}/cpsv}
 * (the procedure as CPSV-AP 3.2 JSON-LD, {@code application/ld+json}).
 */
final class CatalogRoutes implements Routes {
  /** Dates of the roadmap are Vietnamese dates. */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Pattern CODE = Pattern.compile("[0-9A-Z.]{1,64}");

  private final PortalContext context;
  private final Catalog catalog;
  private final Roadmap roadmap;
  private final CpsvApExport cpsv;

  CatalogRoutes(PortalContext context, Catalog catalog, Roadmap roadmap) {
    this.context = context;
    this.catalog = catalog;
    this.roadmap = roadmap;
    this.cpsv = new CpsvApExport("https://dichvucong.example.gov.vn/");
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/procedures", ctx -> ctx.json(CatalogJson.page(catalog.search(CatalogParams.parse(ctx)))));
    routes.get("/api/procedures/{code}", ctx -> ctx.json(CatalogJson.procedure(find(ctx), Lang.of(ctx))));
    routes.get("/api/procedures/{code}/cpsv", ctx -> {
      ctx.contentType("application/ld+json; charset=utf-8");
      ctx.result(cpsv.toJsonLd(find(ctx)).getBytes(StandardCharsets.UTF_8));
    });
    routes.get("/api/roadmap", ctx -> {
      LocalDate today = today();
      ctx.json(CatalogJson.roadmap(roadmap.progress(catalog, today), today, Lang.of(ctx)));
    });
  }

  LocalDate today() {
    return LocalDate.ofInstant(context.clock().instant(), VIETNAM);
  }

  private Procedure find(Context ctx) {
    String code = ctx.pathParam("code");
    Language lang = Lang.of(ctx);
    return (CODE.matcher(code).matches() ? catalog.find(code) : java.util.Optional.<Procedure>empty())
        .orElseThrow(() -> ApiException.notFound("PROCEDURE_NOT_FOUND", lang.pick(
            "Không tìm thấy thủ tục hành chính với mã này.", "No procedure has this code.")));
  }
}
