package vn.egov.sdk.examples;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import vn.egov.sdk.testing.feeds.FeedServer;
import vn.egov.sdk.widgets.ExchangeRateBoard;
import vn.egov.sdk.widgets.HttpSettings;
import vn.egov.sdk.widgets.Place;
import vn.egov.sdk.widgets.Providers;
import vn.egov.sdk.widgets.Snapshot;
import vn.egov.sdk.widgets.Status;
import vn.egov.sdk.widgets.WeatherReport;
import vn.egov.sdk.widgets.Widget;
import vn.egov.sdk.widgets.WidgetViews;
import vn.egov.sdk.widgets.Widgets;

/**
 * The exchange-rate and weather widgets: {@code GET /api/fx}, {@code /api/weather},
 * {@code /widgets/fx}, {@code /widgets/weather}, their health and their blocks of the demo page.
 *
 * <p>Upstreams: {@code --fx-url} (both Vietcombank feeds are asked at that base) and
 * {@code --weather-url} (Open-Meteo) when given; else the simulators of {@code --simulate-upstreams};
 * else the real feeds. {@code --fx-refresh} / {@code --weather-refresh} set how long data counts as
 * fresh, which is also the widget's polling interval, honoured even below the 5-minute default. The
 * last good board and weather are kept under {@code <data-dir>/widgets/}. With configured or simulated
 * upstreams the widgets start fetching at once; with the real feeds the first request fetches (so a
 * server started with default options makes no outside call until asked). The demo page's blocks
 * never wait: a cold block shows the "temporarily unavailable" notice and starts the fetch.
 */
public final class WidgetRoutes implements Routes {
  private final Widget<ExchangeRateBoard> fx;
  private final Widget<WeatherReport> weather;

  public WidgetRoutes(PortalContext context) {
    ServerOptions o = context.options();
    FeedServer sims = o.simulateUpstreams() ? context.closeLater(FeedServer.start()) : null;
    URI fxXml = o.fxUrl().orElse(sims != null ? sims.baseUrl() : Providers.VIETCOMBANK_XML);
    URI fxJson = o.fxUrl().orElse(sims != null ? sims.baseUrl() : Providers.VIETCOMBANK_JSON);
    URI meteo = o.weatherUrl().orElse(sims != null ? sims.baseUrl() : Providers.OPEN_METEO);
    Path dir = o.dataDir().resolve("widgets");
    HttpSettings http = HttpSettings.defaults();

    this.fx = context.closeLater(Widgets.exchangeRates()
        .providers(Providers.vietcombankXml(fxXml, http), Providers.vietcombankJson(fxJson, http, context.clock()))
        .freshFor(o.fxRefresh())
        .maxStale(atLeast(Duration.ofHours(24), o.fxRefresh().multipliedBy(2)))
        .circuitBreaker(3, atMost(Duration.ofMinutes(5), o.fxRefresh()))
        .persistTo(dir.resolve("fx-last-good.json"))
        .clock(context.clock())
        .build());
    this.weather = context.closeLater(Widgets.weather()
        .providers(Providers.openMeteo(meteo, Place.defaults(), http))
        .freshFor(o.weatherRefresh())
        .maxStale(atLeast(Duration.ofHours(3), o.weatherRefresh().multipliedBy(2)))
        .circuitBreaker(3, atMost(Duration.ofMinutes(5), o.weatherRefresh()))
        .persistTo(dir.resolve("weather-last-good.json"))
        .clock(context.clock())
        .build());
    if (sims != null || o.fxUrl().isPresent()) {
      fx.prefetch();
    }
    if (sims != null || o.weatherUrl().isPresent()) {
      weather.prefetch();
    }

    context.addHealth(() -> health("fx", fx.peek()));
    context.addHealth(() -> health("weather", weather.peek()));
    // The page never waits on an upstream: a cold block shows the notice and starts the fetch.
    context.addPageBlock(PageBlock.of("fx", lang -> WidgetViews.fxHtml(fx.readNow(), lang)));
    context.addPageBlock(PageBlock.of("weather", lang -> WidgetViews.weatherHtml(weather.readNow(), lang)));
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/fx", ctx -> json(ctx).json(WidgetViews.fxJson(fx.read(), Lang.of(ctx))));
    routes.get("/api/weather", ctx -> json(ctx).json(WidgetViews.weatherJson(weather.read(), Lang.of(ctx))));
    routes.get("/widgets/fx", ctx -> html(ctx, WidgetViews.fxHtml(fx.read(), Lang.of(ctx))));
    routes.get("/widgets/weather", ctx -> html(ctx, WidgetViews.weatherHtml(weather.read(), Lang.of(ctx))));
  }

  private static Context json(Context ctx) {
    return ctx.header("Cache-Control", "no-cache");
  }

  private static void html(Context ctx, String fragment) {
    ctx.header("Cache-Control", "no-cache").contentType("text/html; charset=utf-8").result(fragment);
  }

  private static HealthContributor.Health health(String component, Snapshot<?> s) {
    HealthContributor.Status status = s.status() == Status.FRESH
        ? HealthContributor.Status.UP : HealthContributor.Status.DEGRADED;
    return new HealthContributor.Health(component, status, s.status().name());
  }

  private static Duration atLeast(Duration floor, Duration d) {
    return d.compareTo(floor) < 0 ? floor : d;
  }

  private static Duration atMost(Duration ceiling, Duration d) {
    return d.compareTo(ceiling) > 0 ? ceiling : d;
  }
}
