package vn.egov.sdk.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.sdk.widgets.internal.OpenMeteo;
import vn.egov.sdk.widgets.internal.OpenWeatherMap;

/**
 * The weather feeds (docs: /work/shared/reference/upstreams.md) read field by field: OpenWeatherMap's
 * condition ids mapped to WMO codes, unit conversions, time zones, and the plausibility limits both
 * providers share.
 */
class WeatherReadingLimitsTest {
  private static final Place HCM = Place.defaults().get(1);
  private static final Place HANOI = Place.defaults().get(0);

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String owm(String weather, String main, String wind, String rest) {
    return "{\"cod\":200,\"dt\":1795764600" + rest
        + (weather == null ? "" : ",\"weather\":" + weather)
        + ",\"main\":" + main
        + (wind == null ? "" : ",\"wind\":" + wind) + "}";
  }

  private static WeatherReading owmWithId(int id) throws UpstreamException {
    return OpenWeatherMap.parse(utf8(owm("[{\"id\":" + id + "}]", "{\"temp\":30}", null, "")), HCM);
  }

  @ParameterizedTest(name = "OpenWeatherMap id {0} is WMO {1}")
  @CsvSource({
      "800, 0", "801, 1", "802, 2", "803, 3", "804, 3",
      "200, 95", "202, 99", "212, 99", "221, 99", "232, 95",
      "300, 53", "311, 53", "312, 55", "321, 55",
      "500, 61", "501, 63", "502, 65", "504, 65", "511, 66", "519, 65", "520, 81", "531, 81",
      "600, 71", "601, 73", "602, 75", "616, 73", "620, 85", "622, 85",
      "701, 45", "781, 45"})
  void openWeatherMapConditionsMapToTheNearestWmoCode(int id, int wmo) throws Exception {
    assertThat(owmWithId(id).weatherCode()).isEqualTo(wmo);
  }

  @Test
  void unknownOrMissingOpenWeatherMapConditionsHaveNoCode() throws Exception {
    assertThat(owmWithId(900).weatherCode()).isNull();
    assertThat(owmWithId(100).weatherCode()).isNull();
    assertThat(OpenWeatherMap.parse(utf8(owm("[]", "{\"temp\":30}", null, "")), HCM).weatherCode()).isNull();
    assertThat(OpenWeatherMap.parse(utf8(owm(null, "{\"temp\":30}", null, "")), HCM).weatherCode()).isNull();
    assertThat(OpenWeatherMap.parse(utf8(owm("{\"id\":800}", "{\"temp\":30}", null, "")), HCM).weatherCode())
        .isNull();
  }

  @Test
  void openWeatherMapWindIsConvertedToKilometresPerHourToATenth() throws Exception {
    WeatherReading r = OpenWeatherMap.parse(utf8(owm(null, "{\"temp\":30,\"humidity\":61.5}",
        "{\"speed\":3.61}", "")), HCM);
    assertThat(r.windKmh()).isEqualTo(13.0);
    assertThat(r.humidityPercent()).isEqualTo(62);
    WeatherReading calm = OpenWeatherMap.parse(utf8(owm(null, "{\"temp\":30}", "{\"speed\":1.25}", "")), HCM);
    assertThat(calm.windKmh()).isEqualTo(4.5);
    WeatherReading none = OpenWeatherMap.parse(utf8(owm(null, "{\"temp\":30}", null, "")), HCM);
    assertThat(none.windKmh()).isNull();
    assertThat(none.humidityPercent()).isNull();
    assertThat(none.temperatureC()).isEqualTo(30.0);
    assertThat(none.place()).isEqualTo(HCM);
  }

  @Test
  void openWeatherMapTimeUsesItsOffsetClampedToEighteenHours() throws Exception {
    WeatherReading vn = OpenWeatherMap.parse(utf8(owm(null, "{\"temp\":30}", null, ",\"timezone\":25200")), HCM);
    assertThat(vn.observedAt().getOffset().getTotalSeconds()).isEqualTo(25200);
    assertThat(vn.observedAt().toEpochSecond()).isEqualTo(1795764600L);
    WeatherReading utc = OpenWeatherMap.parse(utf8(owm(null, "{\"temp\":30}", null, "")), HCM);
    assertThat(utc.observedAt().getOffset().getTotalSeconds()).isZero();
    WeatherReading far = OpenWeatherMap.parse(utf8(owm(null, "{\"temp\":30}", null, ",\"timezone\":90000")), HCM);
    assertThat(far.observedAt().getOffset().getTotalSeconds()).isEqualTo(64800);
    WeatherReading west = OpenWeatherMap.parse(utf8(owm(null, "{\"temp\":30}", null, ",\"timezone\":-90000")), HCM);
    assertThat(west.observedAt().getOffset().getTotalSeconds()).isEqualTo(-64800);
    WeatherReading edge = OpenWeatherMap.parse(utf8(owm(null, "{\"temp\":30}", null, ",\"timezone\":-64800")), HCM);
    assertThat(edge.observedAt().getOffset().getTotalSeconds()).isEqualTo(-64800);
  }

  @Test
  void openWeatherMapRefusesAnswersThatAreNotAReading() {
    assertThatThrownBy(() -> OpenWeatherMap.parse(utf8("{\"cod\":\"404\",\"message\":\"city not found\"}"), HCM))
        .isInstanceOf(UpstreamException.class).hasMessage("OpenWeatherMap answered cod 404");
    assertThatThrownBy(() -> OpenWeatherMap.parse(utf8("{\"dt\":1,\"main\":{}}"), HCM))
        .isInstanceOf(UpstreamException.class).hasMessage("OpenWeatherMap answered cod null");
    assertThatThrownBy(() -> OpenWeatherMap.parse(utf8("{\"cod\":200,\"main\":{\"temp\":30}}"), HCM))
        .isInstanceOf(UpstreamException.class).hasMessage("answer without dt");
    assertThatThrownBy(() -> OpenWeatherMap.parse(utf8("{\"cod\":200,\"dt\":1}"), HCM))
        .isInstanceOf(UpstreamException.class).hasMessage("missing main");
    assertThatThrownBy(() -> OpenWeatherMap.parse(utf8(owm(null, "{\"temp\":71}", null, "")), HCM))
        .isInstanceOf(UpstreamException.class).hasMessage("implausible temperature");
    assertThatThrownBy(() -> OpenWeatherMap.parse(utf8(owm(null, "{\"temp\":30,\"humidity\":101}", null, "")), HCM))
        .isInstanceOf(UpstreamException.class).hasMessage("implausible humidity");
    assertThatThrownBy(() -> OpenWeatherMap.parse(utf8(owm(null, "{\"temp\":30}", "{\"speed\":139}", "")), HCM))
        .isInstanceOf(UpstreamException.class).hasMessage("implausible wind speed");
    assertThatThrownBy(() -> OpenWeatherMap.parse(utf8(owm(null, "{\"temp\":30}", null, ",\"dt\":1.5")), HCM))
        .isInstanceOf(UpstreamException.class);
  }

  private static String meteo(String current, String offset) {
    return "{\"latitude\":21.0,\"longitude\":105.8" + (offset == null ? "" : ",\"utc_offset_seconds\":" + offset)
        + ",\"current\":" + current + "}";
  }

  private static WeatherReading meteoReading(String current) throws UpstreamException {
    return OpenMeteo.parse(utf8(meteo(current, "25200")), List.of(HANOI)).readings().get(0);
  }

  @Test
  void plausibilityLimitsAreInclusive() throws Exception {
    WeatherReading cold = meteoReading("{\"time\":\"2026-11-27T14:30\",\"temperature_2m\":-80,"
        + "\"relative_humidity_2m\":0,\"wind_speed_10m\":0,\"weather_code\":3}");
    assertThat(cold.temperatureC()).isEqualTo(-80.0);
    assertThat(cold.humidityPercent()).isZero();
    assertThat(cold.windKmh()).isZero();
    assertThat(cold.weatherCode()).isEqualTo(3);
    WeatherReading hot = meteoReading("{\"time\":\"2026-11-27T14:30\",\"temperature_2m\":70,"
        + "\"relative_humidity_2m\":100,\"wind_speed_10m\":500}");
    assertThat(hot.temperatureC()).isEqualTo(70.0);
    assertThat(hot.humidityPercent()).isEqualTo(100);
    assertThat(hot.windKmh()).isEqualTo(500.0);
    assertThat(hot.weatherCode()).isNull();
  }

  @ParameterizedTest(name = "{0} is refused")
  @CsvSource(delimiter = '|', value = {
      "\"temperature_2m\":-80.1 | implausible temperature",
      "\"temperature_2m\":70.1 | implausible temperature",
      "\"relative_humidity_2m\":-1 | implausible humidity",
      "\"relative_humidity_2m\":101 | implausible humidity",
      "\"wind_speed_10m\":-0.1 | implausible wind speed",
      "\"wind_speed_10m\":500.1 | implausible wind speed",
      "\"relative_humidity_2m\":50.5 | relative_humidity_2m is not a whole number",
      "\"temperature_2m\":\"hot\" | temperature_2m is not a number",
      "\"weather_code\":3000000000 | weather_code is out of range",
      "\"weather_code\":-3000000000 | weather_code is out of range"})
  void implausibleOrMistypedReadingsAreRefused(String field, String message) {
    assertThatThrownBy(() -> meteoReading("{\"time\":\"2026-11-27T14:30\"," + field + "}"))
        .isInstanceOf(UpstreamException.class).hasMessage(message);
  }

  @Test
  void openMeteoOffsetsUpToEighteenHoursAreAccepted() throws Exception {
    String current = "{\"time\":\"2026-11-27T14:30\",\"temperature_2m\":20}";
    WeatherReading east = OpenMeteo.parse(utf8(meteo(current, "64800")), List.of(HANOI)).readings().get(0);
    assertThat(east.observedAt().getOffset().getTotalSeconds()).isEqualTo(64800);
    WeatherReading west = OpenMeteo.parse(utf8(meteo(current, "-64800")), List.of(HANOI)).readings().get(0);
    assertThat(west.observedAt().getOffset().getTotalSeconds()).isEqualTo(-64800);
    for (String offset : new String[] {"64801", "-64801", null}) {
      assertThatThrownBy(() -> OpenMeteo.parse(utf8(meteo(current, offset)), List.of(HANOI)))
          .isInstanceOf(UpstreamException.class).hasMessage("reading without time or offset");
    }
    assertThatThrownBy(() -> OpenMeteo.parse(utf8(meteo("{\"temperature_2m\":20}", "25200")), List.of(HANOI)))
        .isInstanceOf(UpstreamException.class).hasMessage("reading without time or offset");
    assertThatThrownBy(() -> OpenMeteo.parse(utf8(meteo("{\"time\":\"27/11/2026\"}", "25200")), List.of(HANOI)))
        .isInstanceOf(UpstreamException.class).hasMessage("current.time is not yyyy-MM-ddTHH:mm");
    assertThatThrownBy(() -> OpenMeteo.parse(utf8(meteo("[]", "25200").replace("\"current\":[]", "\"x\":1")),
        List.of(HANOI))).isInstanceOf(UpstreamException.class).hasMessage("missing current");
  }

  @Test
  void openMeteoRefusesErrorsOtherShapesAndOtherPlaceCounts() {
    assertThatThrownBy(() -> OpenMeteo.parse(utf8("{\"error\":true,\"reason\":\"bad\"}"), List.of(HANOI)))
        .isInstanceOf(UpstreamException.class).hasMessage("Open-Meteo reported an error");
    assertThatThrownBy(() -> OpenMeteo.parse(utf8("42"), List.of(HANOI)))
        .isInstanceOf(UpstreamException.class).hasMessage("answer is neither an object nor an array");
    assertThatThrownBy(() -> OpenMeteo.parse(utf8("[]"), List.of(HANOI)))
        .isInstanceOf(UpstreamException.class).hasMessage("expected 1 places, got 0");
    assertThatThrownBy(() -> OpenMeteo.parse(utf8("{\"error\":false}"), List.of(HANOI, HCM)))
        .isInstanceOf(UpstreamException.class).hasMessage("expected 2 places, got 1");
    assertThatThrownBy(() -> OpenMeteo.parse(utf8(""), List.of(HANOI)))
        .isInstanceOf(UpstreamException.class).hasMessage("empty JSON body");
    assertThatThrownBy(() -> OpenMeteo.parse(utf8("{\"a\":"), List.of(HANOI)))
        .isInstanceOf(UpstreamException.class).hasMessage("not well-formed JSON");
  }
}
