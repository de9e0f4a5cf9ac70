package vn.egov.sdk.widgets;

import java.time.Duration;
import java.util.List;

/** Where widgets start: a builder with sensible defaults for each kind. */
public final class Widgets {
  private Widgets() {}

  /**
   * Exchange rates: Vietcombank's XML board, failing over to its JSON API (both used unless
   * {@link WidgetBuilder#providers} replaces them); fresh for 5 minutes (the
   * board asks for at most one request every 5 minutes), shown as STALE for up to 24 hours; circuit
   * breaker open for 5 minutes after 3 failed requests in a row.
   */
  public static WidgetBuilder<ExchangeRateBoard> exchangeRates() {
    HttpSettings http = HttpSettings.defaults();
    return new WidgetBuilder<>("fx", ExchangeRateBoard.class, clock -> List.of(
            Providers.vietcombankXml(Providers.VIETCOMBANK_XML, http),
            Providers.vietcombankJson(Providers.VIETCOMBANK_JSON, http, clock)))
        .freshFor(Duration.ofMinutes(5))
        .maxStale(Duration.ofHours(24))
        .circuitBreaker(3, Duration.ofMinutes(5));
  }

  /**
   * Weather at {@link Place#defaults()} from Open-Meteo (one request for all places); fresh for 10
   * minutes, shown as STALE for up to 3 hours.
   */
  public static WidgetBuilder<WeatherReport> weather() {
    return new WidgetBuilder<>("weather", WeatherReport.class, clock -> List.of(
            Providers.openMeteo(Providers.OPEN_METEO, Place.defaults(), HttpSettings.defaults())))
        .freshFor(Duration.ofMinutes(10))
        .maxStale(Duration.ofHours(3));
  }

  /** A widget of an agency's own data; add its providers with {@link WidgetBuilder#providers}. */
  public static <T> WidgetBuilder<T> custom(String name, Class<T> type) {
    return new WidgetBuilder<>(name, type, clock -> List.of());
  }
}
