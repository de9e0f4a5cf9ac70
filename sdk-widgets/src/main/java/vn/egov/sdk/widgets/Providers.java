package vn.egov.sdk.widgets;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import vn.egov.sdk.widgets.internal.OpenMeteo;
import vn.egov.sdk.widgets.internal.OpenWeatherMap;
import vn.egov.sdk.widgets.internal.VietcombankJson;
import vn.egov.sdk.widgets.internal.VietcombankXml;

/**
 * The built-in providers. Each takes the base URL of its upstream (the real one, a mirror, or a
 * simulator) and appends the feed's own path. Each owns an HTTP client, closed with its widget.
 */
public final class Providers {
  /** Base of Vietcombank's XML board ({@code /Usercontrols/TVPortal.TyGia/pXML.aspx}). */
  public static final URI VIETCOMBANK_XML = URI.create("https://portal.vietcombank.com.vn");
  /** Base of Vietcombank's JSON API ({@code /api/exchangerates?date=}). */
  public static final URI VIETCOMBANK_JSON = URI.create("https://www.vietcombank.com.vn");
  /** Base of Open-Meteo ({@code /v1/forecast}). */
  public static final URI OPEN_METEO = URI.create("https://api.open-meteo.com");
  /** Base of OpenWeatherMap ({@code /data/2.5/weather}). */
  public static final URI OPEN_WEATHER_MAP = URI.create("https://api.openweathermap.org");

  private Providers() {}

  public static Provider<ExchangeRateBoard> vietcombankXml(URI base, HttpSettings http) {
    return new VietcombankXml(checkBase(base), Objects.requireNonNull(http, "http"));
  }

  /** {@code clock} decides "today" (in Vietnam) for the API's required {@code date}. */
  public static Provider<ExchangeRateBoard> vietcombankJson(URI base, HttpSettings http, Clock clock) {
    return new VietcombankJson(checkBase(base), Objects.requireNonNull(http, "http"),
        Objects.requireNonNull(clock, "clock"));
  }

  /** All {@code places} in one request. */
  public static Provider<WeatherReport> openMeteo(URI base, List<Place> places, HttpSettings http) {
    return new OpenMeteo(checkBase(base), checkPlaces(places), Objects.requireNonNull(http, "http"));
  }

  /** One request per place; {@code apiKey} is OpenWeatherMap's {@code appid}. */
  public static Provider<WeatherReport> openWeatherMap(URI base, String apiKey, List<Place> places,
      HttpSettings http) {
    Objects.requireNonNull(apiKey, "apiKey");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey must not be blank");
    }
    return new OpenWeatherMap(checkBase(base), apiKey.strip(), checkPlaces(places),
        Objects.requireNonNull(http, "http"));
  }

  static URI checkBase(URI base) {
    Objects.requireNonNull(base, "base");
    String scheme = base.getScheme();
    if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || base.getHost() == null) {
      throw new IllegalArgumentException("base must be an http(s) URL with a host, was " + base);
    }
    return base;
  }

  static List<Place> checkPlaces(List<Place> places) {
    List<Place> copy = List.copyOf(places);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("places must not be empty");
    }
    if (copy.stream().map(Place::id).distinct().count() != copy.size()) {
      throw new IllegalArgumentException("places must have distinct ids");
    }
    return copy;
  }
}
