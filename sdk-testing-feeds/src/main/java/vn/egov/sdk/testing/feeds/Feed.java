package vn.egov.sdk.testing.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The upstream feeds the SDK's widgets read, as simulated offline: each answers its request path like
 * the real feed, with the sample bodies shipped in this jar (copies of the project's fixtures) and the
 * real feed's rules for bad requests. {@link #answer(String, boolean)} is the whole logic, whatever
 * serves it: {@link FeedServer} on the JDK's HTTP server, or sdk-testing's WireMock simulators, which
 * add faults.
 */
public enum Feed {
  /** Vietcombank's XML board. */
  VIETCOMBANK_XML("/Usercontrols/TVPortal.TyGia/pXML.aspx", "application/xml; charset=utf-8",
      "vietcombank-board.xml", "vietcombank-board-changed.xml"),
  /** Vietcombank's JSON API ({@code ?date=YYYY-MM-DD} is required, as on the real one). */
  VIETCOMBANK_JSON("/api/exchangerates", "application/json; charset=utf-8",
      "vietcombank-api.json", "vietcombank-api-changed.json"),
  /** Open-Meteo's forecast API: one object for one place, an array for several, in request order. */
  OPEN_METEO("/v1/forecast", "application/json; charset=utf-8",
      "open-meteo-places.jsonl", "open-meteo-places-changed.jsonl"),
  /** OpenWeatherMap's current weather ({@code appid} must be {@link #OPEN_WEATHER_MAP_KEY}). */
  OPEN_WEATHER_MAP("/data/2.5/weather", "application/json; charset=utf-8",
      "openweathermap-current.json", "openweathermap-current-changed.json");

  /** The API key the simulated OpenWeatherMap accepts ({@code appid=}); any other gets its 401. */
  public static final String OPEN_WEATHER_MAP_KEY = "simulated-openweathermap-key";

  /** How many places the Open-Meteo sample answers when no request says (the portal's three regions). */
  static final int SAMPLE_PLACES = 3;

  private final String path;
  private final String contentType;
  private final String body;
  private final String changedBody;

  Feed(String path, String contentType, String body, String changedBody) {
    this.path = path;
    this.contentType = contentType;
    this.body = body;
    this.changedBody = changedBody;
  }

  /** The request path the feed answers, e.g. {@code /v1/forecast}. */
  public String path() {
    return path;
  }

  /** The media type of its normal answer, e.g. {@code application/xml; charset=utf-8}. */
  public String contentType() {
    return contentType;
  }

  /**
   * The normal body, without a request to shape it: for Open-Meteo the array of the three sample
   * places. {@code changed}: the "changed" sample (a later board with other rates; other readings).
   */
  public byte[] sample(boolean changed) {
    if (this == OPEN_METEO) {
      return array(resourceText(changed ? changedBody : body), SAMPLE_PLACES).getBytes(StandardCharsets.UTF_8);
    }
    return resource(changed ? changedBody : body);
  }

  /**
   * What the feed answers to a request with this raw query string ({@code null} for none): the
   * sample, or the real feed's error for a request it refuses (Vietcombank's JSON API without a date:
   * 400; OpenWeatherMap without the key or with another: 401; Open-Meteo without coordinates, or with
   * lists of different lengths: 400). Open-Meteo answers one object per requested place.
   */
  public Answer answer(String rawQuery, boolean changed) {
    Map<String, String> query = parse(rawQuery);
    switch (this) {
      case VIETCOMBANK_JSON:
        if (!query.containsKey("date")) {
          return new Answer(400, "application/json",
              "{\"message\":\"The date field is required.\"}".getBytes(StandardCharsets.UTF_8));
        }
        break;
      case OPEN_WEATHER_MAP:
        if (!OPEN_WEATHER_MAP_KEY.equals(query.get("appid"))) {
          return new Answer(401, "application/json", resource("openweathermap-401.json"));
        }
        break;
      case OPEN_METEO:
        return openMeteo(query, changed);
      default:
        break;
    }
    return new Answer(200, contentType, sample(changed));
  }

  private Answer openMeteo(Map<String, String> query, boolean changed) {
    String lat = query.get("latitude");
    String lon = query.get("longitude");
    if (lat == null || lon == null) {
      return openMeteoError("Parameter 'latitude' and 'longitude' must be set.");
    }
    int count = lat.split(",", -1).length;
    if (count != lon.split(",", -1).length) {
      return openMeteoError("Parameter 'latitude' and 'longitude' must have the same number of elements");
    }
    String places = resourceText(changed ? changedBody : body);
    String json = count == 1 ? lines(places).get(0) : array(places, count);
    return new Answer(200, contentType, json.getBytes(StandardCharsets.UTF_8));
  }

  private static Answer openMeteoError(String reason) {
    return new Answer(400, "application/json; charset=utf-8",
        ("{\"error\":true,\"reason\":\"" + reason + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  /** The feed whose path is {@code path}, if any. */
  public static java.util.Optional<Feed> ofPath(String path) {
    for (Feed f : values()) {
      if (f.path.equals(path)) {
        return java.util.Optional.of(f);
      }
    }
    return java.util.Optional.empty();
  }

  /** One answer of a feed: HTTP status, media type and body. */
  public record Answer(int status, String contentType, byte[] body) {
    public Answer {
      Objects.requireNonNull(contentType, "contentType");
      body = body.clone();
    }

    @Override
    public byte[] body() {
      return body.clone();
    }
  }

  /** A JSON array of {@code count} objects taken in turn from the lines of {@code places}. */
  private static String array(String places, int count) {
    List<String> objects = lines(places);
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : ",").append(objects.get(i % objects.size()));
    }
    return out.append(']').toString();
  }

  private static List<String> lines(String places) {
    List<String> out = new ArrayList<>();
    for (String line : places.split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  private static Map<String, String> parse(String rawQuery) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.putIfAbsent(name, value);
    }
    return out;
  }

  /**
   * A body shipped in this jar, e.g. {@code vietcombank-board-2015.xml}, or {@code block-page.html}
   * (the firewall page sdk-testing answers for its {@code HTML_OK} fault).
   */
  public static byte[] resource(String name) {
    try (InputStream in = Feed.class.getResourceAsStream("/vn/egov/sdk/testing/feeds/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing sample resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample resource " + name, e);
    }
  }

  private static String resourceText(String name) {
    return new String(resource(name), StandardCharsets.UTF_8);
  }
}
