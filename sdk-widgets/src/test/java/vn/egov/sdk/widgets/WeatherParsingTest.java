package vn.egov.sdk.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.widgets.internal.OpenMeteo;
import vn.egov.sdk.widgets.internal.OpenWeatherMap;

class WeatherParsingTest {
  private static final List<Place> THREE = List.of(Place.defaults().get(0), Place.defaults().get(1),
      Place.defaults().get(6));

  @Test
  void readsSeveralPlacesFromOneOpenMeteoArrayInRequestOrder() throws Exception {
    WeatherReport r = OpenMeteo.parse(Fixtures.bytes("open-meteo-current-multi.json"), THREE);
    assertThat(r.readings()).extracting(x -> x.place().id()).containsExactly("ha-noi", "tp-ho-chi-minh", "my-tho");
    WeatherReading hanoi = r.readings().get(0);
    assertThat(hanoi.observedAt()).isEqualTo(OffsetDateTime.parse("2026-11-27T14:30+07:00"));
    assertThat(hanoi.temperatureC()).isEqualTo(24.6);
    assertThat(hanoi.humidityPercent()).isEqualTo(71);
    assertThat(hanoi.windKmh()).isEqualTo(8.3);
    assertThat(hanoi.condition().in(Language.VI)).isEqualTo("Nhiều mây");
    assertThat(hanoi.condition().in(Language.EN)).isEqualTo("Overcast");
    assertThat(r.readings().get(2).humidityPercent()).isNull();
  }

  @Test
  void readsOnePlaceFromAnObject() throws Exception {
    WeatherReport r = OpenMeteo.parse(Fixtures.bytes("open-meteo-current.json"), List.of(Place.defaults().get(0)));
    assertThat(r.readings()).hasSize(1);
  }

  @Test
  void refusesAnAnswerForOtherPlacesOrAnError() {
    assertThatThrownBy(() -> OpenMeteo.parse(Fixtures.bytes("open-meteo-current-multi.json"), Place.defaults()))
        .isInstanceOf(UpstreamException.class);
    assertThatThrownBy(() -> OpenMeteo.parse(Fixtures.bytes("open-meteo-error-400.json"), THREE.subList(0, 1)))
        .isInstanceOf(UpstreamException.class);
  }

  @Test
  void unknownCodesGetTheDefaultLabel() {
    assertThat(WeatherConditions.of(42)).isEqualTo(WeatherConditions.UNKNOWN);
    assertThat(WeatherConditions.of(null)).isEqualTo(WeatherConditions.UNKNOWN);
    assertThat(WeatherConditions.of(95).in(Language.VI)).isEqualTo("Dông");
  }

  @Test
  void readsOpenWeatherMapAndItsStringCod() throws Exception {
    Place hcm = Place.defaults().get(1);
    WeatherReading r = OpenWeatherMap.parse(Fixtures.bytes("openweathermap-current.json"), hcm);
    assertThat(r.temperatureC()).isEqualTo(31.4);
    assertThat(r.humidityPercent()).isEqualTo(62);
    assertThat(r.windKmh()).isEqualTo(13.0);
    assertThat(r.weatherCode()).isEqualTo(3);
    assertThat(r.observedAt().getOffset().getTotalSeconds()).isEqualTo(25200);
    assertThatThrownBy(() -> OpenWeatherMap.parse(Fixtures.bytes("openweathermap-404.json"), hcm))
        .isInstanceOf(UpstreamException.class);
    assertThatThrownBy(() -> OpenWeatherMap.parse(Fixtures.bytes("openweathermap-401.json"), hcm))
        .isInstanceOf(UpstreamException.class);
  }

  @Test
  void placesAreCheckedEagerly() {
    assertThatThrownBy(() -> new Place("Ha Noi", "Hà Nội", 21, 105)).hasMessageContaining("place id");
    assertThatThrownBy(() -> new Place("x", "X", 91, 105)).hasMessageContaining("latitude");
    assertThat(Place.defaults()).extracting(Place::id).contains("ha-noi", "my-tho").hasSize(10);
  }
}
