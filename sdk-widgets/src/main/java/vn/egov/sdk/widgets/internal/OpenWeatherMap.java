package vn.egov.sdk.widgets.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.sdk.widgets.HttpSettings;
import vn.egov.sdk.widgets.Place;
import vn.egov.sdk.widgets.Provider;
import vn.egov.sdk.widgets.UpstreamException;
import vn.egov.sdk.widgets.WeatherReading;
import vn.egov.sdk.widgets.WeatherReport;

/**
 * OpenWeatherMap's current weather (API key required), one request per place, metric units. Its
 * condition ids are mapped to the nearest WMO code so both providers read alike.
 */
public final class OpenWeatherMap implements Provider<WeatherReport>, AutoCloseable {
  public static final String PATH = "/data/2.5/weather";

  private final URI base;
  private final String apiKey;
  private final List<Place> places;
  private final Http http;

  public OpenWeatherMap(URI base, String apiKey, List<Place> places, HttpSettings settings) {
    this.base = base;
    this.apiKey = apiKey;
    this.places = List.copyOf(places);
    this.http = new Http(settings);
  }

  @Override
  public String name() {
    return "openweathermap";
  }

  @Override
  public WeatherReport fetch() throws Exception {
    List<WeatherReading> readings = new ArrayList<>();
    for (Place place : places) {
      Map<String, String> query = new LinkedHashMap<>();
      query.put("lat", BigDecimal.valueOf(place.latitude()).toPlainString());
      query.put("lon", BigDecimal.valueOf(place.longitude()).toPlainString());
      query.put("units", "metric");
      query.put("appid", apiKey);
      readings.add(parse(http.get(Http.url(base, PATH, query), "application/json"), place));
    }
    return new WeatherReport(readings);
  }

  public static WeatherReading parse(byte[] body, Place place) throws UpstreamException {
    JsonNode root = JsonBodies.read(body);
    // `cod` is a number in most answers and a string in some ("404"): compare as text.
    String cod = JsonBodies.text(root, "cod");
    if (!"200".equals(cod)) {
      throw UpstreamException.invalid("OpenWeatherMap answered cod " + cod);
    }
    JsonNode main = JsonBodies.require(root, "main");
    Double windMs = root.has("wind") ? JsonBodies.number(root.get("wind"), "speed") : null;
    JsonNode weather = root.path("weather");
    Integer id = weather.isArray() && weather.size() > 0 ? JsonBodies.integer(weather.get(0), "id") : null;
    Long dt = JsonBodies.whole(root, "dt");
    Integer offset = JsonBodies.integer(root, "timezone");
    if (dt == null) {
      throw UpstreamException.invalid("answer without dt");
    }
    ZoneOffset zone = ZoneOffset.ofTotalSeconds(offset == null ? 0 : Math.max(-64800, Math.min(64800, offset)));
    Double humidity = JsonBodies.number(main, "humidity");
    return new WeatherReading(place,
        OffsetDateTime.ofInstant(Instant.ofEpochSecond(dt), zone),
        Readings.temperature(JsonBodies.number(main, "temp")),
        Readings.humidity(humidity == null ? null : (int) Math.round(humidity)),
        Readings.wind(windMs == null ? null : Math.round(windMs * 36.0) / 10.0),
        wmo(id));
  }

  /** The WMO code closest to an OpenWeatherMap condition id; {@code null} when unknown. */
  static Integer wmo(Integer id) {
    if (id == null) {
      return null;
    }
    int i = id;
    if (i == 800) {
      return 0;
    }
    if (i == 801) {
      return 1;
    }
    if (i == 802) {
      return 2;
    }
    if (i == 803 || i == 804) {
      return 3;
    }
    return switch (i / 100) {
      case 2 -> i == 202 || i == 212 || i == 221 ? 99 : 95;
      case 3 -> i >= 312 ? 55 : 53;
      case 5 -> i == 500 ? 61 : i == 501 ? 63 : i == 511 ? 66 : i >= 520 ? 81 : 65;
      case 6 -> i == 600 ? 71 : i == 602 ? 75 : i >= 620 ? 85 : 73;
      case 7 -> 45;
      default -> null;
    };
  }

  @Override
  public void close() {
    http.close();
  }
}
