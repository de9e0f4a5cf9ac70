package vn.egov.sdk.widgets.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.egov.sdk.widgets.HttpSettings;
import vn.egov.sdk.widgets.Place;
import vn.egov.sdk.widgets.Provider;
import vn.egov.sdk.widgets.UpstreamException;
import vn.egov.sdk.widgets.WeatherReading;
import vn.egov.sdk.widgets.WeatherReport;

/**
 * Open-Meteo's forecast API, every place in one request (comma-separated coordinates); the answer is
 * one object for one place and an array in request order for several.
 */
public final class OpenMeteo implements Provider<WeatherReport>, AutoCloseable {
  public static final String PATH = "/v1/forecast";
  static final String VARIABLES = "temperature_2m,relative_humidity_2m,weather_code,wind_speed_10m";

  private final URI base;
  private final List<Place> places;
  private final Http http;

  public OpenMeteo(URI base, List<Place> places, HttpSettings settings) {
    this.base = base;
    this.places = List.copyOf(places);
    this.http = new Http(settings);
  }

  @Override
  public String name() {
    return "open-meteo";
  }

  @Override
  public WeatherReport fetch() throws Exception {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("latitude", join(places, true));
    query.put("longitude", join(places, false));
    query.put("current", VARIABLES);
    query.put("timezone", "Asia/Ho_Chi_Minh");
    return parse(http.get(Http.url(base, PATH, query), "application/json"), places);
  }

  private static String join(List<Place> places, boolean latitude) {
    return places.stream()
        .map(p -> BigDecimal.valueOf(latitude ? p.latitude() : p.longitude()).toPlainString())
        .collect(Collectors.joining(","));
  }

  public static WeatherReport parse(byte[] body, List<Place> places) throws UpstreamException {
    JsonNode root = JsonBodies.read(body);
    List<JsonNode> items = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(items::add);
    } else if (root.isObject()) {
      if (root.path("error").asBoolean(false)) {
        throw UpstreamException.invalid("Open-Meteo reported an error");
      }
      items.add(root);
    } else {
      throw UpstreamException.invalid("answer is neither an object nor an array");
    }
    if (items.size() != places.size()) {
      throw UpstreamException.invalid("expected " + places.size() + " places, got " + items.size());
    }
    List<WeatherReading> readings = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      readings.add(reading(items.get(i), places.get(i)));
    }
    return new WeatherReport(readings);
  }

  private static WeatherReading reading(JsonNode item, Place place) throws UpstreamException {
    JsonNode current = JsonBodies.require(item, "current");
    Integer offsetSeconds = JsonBodies.integer(item, "utc_offset_seconds");
    String time = JsonBodies.text(current, "time");
    if (offsetSeconds == null || time == null || Math.abs(offsetSeconds) > 18 * 3600) {
      throw UpstreamException.invalid("reading without time or offset");
    }
    try {
      return new WeatherReading(place,
          LocalDateTime.parse(time).atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds)),
          Readings.temperature(JsonBodies.number(current, "temperature_2m")),
          Readings.humidity(JsonBodies.integer(current, "relative_humidity_2m")),
          Readings.wind(JsonBodies.number(current, "wind_speed_10m")),
          JsonBodies.integer(current, "weather_code"));
    } catch (DateTimeParseException e) {
      throw new UpstreamException("current.time is not yyyy-MM-ddTHH:mm", e);
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
