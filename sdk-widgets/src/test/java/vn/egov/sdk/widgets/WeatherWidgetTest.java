package vn.egov.sdk.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.testing.Fault;
import vn.egov.sdk.testing.SimulatedUpstream;
import vn.egov.sdk.testing.SimulatedUpstreams;
import vn.egov.sdk.testing.Upstream;
import vn.egov.sdk.testing.WithSimulatedUpstreams;

@WithSimulatedUpstreams
class WeatherWidgetTest {

  @Test
  void fetchesEveryPlaceInOneRequest(@Upstream(SimulatedUpstream.Kind.OPEN_METEO) SimulatedUpstream meteo)
      throws Exception {
    FakeTime time = new FakeTime();
    try (Widget<WeatherReport> widget = Widgets.weather().clock(time).ticker(time)
        .coldWait(Duration.ofSeconds(60)) // the default 3 s is too short for a first fetch on a busy machine
        .providers(Providers.openMeteo(meteo.baseUrl(), Place.defaults(), Fixtures.HTTP)).build()) {
      Snapshot<WeatherReport> s = widget.read();
      assertThat(s.status()).isEqualTo(Status.FRESH);
      assertThat(s.data().readings()).hasSize(10);
      assertThat(meteo.requestCount()).isEqualTo(1);
      Map<String, Object> json = WidgetViews.weatherJson(s, Language.EN);
      String text = new ObjectMapper().writeValueAsString(json);
      assertThat(text).contains("\"provider\":\"open-meteo\"", "\"status\":\"FRESH\"", "\"id\":\"ha-noi\"",
          "\"name\":\"Hà Nội\"", "\"condition\":\"Overcast\"", "\"observedAt\":\"2026-11-27T14:30:00+07:00\"",
          "\"notice\":null");
      assertThat(WidgetViews.weatherHtml(s, Language.VI)).contains("Hà Nội", "24,6 °C", "Nhiều mây");
    }
  }

  @Test
  void failsOverToOpenWeatherMap(SimulatedUpstreams all) {
    all.openMeteo().inject(Fault.TRUNCATED_BODY);
    List<Place> places = Place.defaults().subList(0, 2);
    FakeTime time = new FakeTime();
    try (Widget<WeatherReport> widget = Widgets.weather().clock(time).ticker(time).coldWait(Duration.ofSeconds(60))
        .retries(0, Duration.ofMillis(10), Duration.ofMillis(10))
        .providers(Providers.openMeteo(all.openMeteo().baseUrl(), places, Fixtures.HTTP),
            Providers.openWeatherMap(all.openWeatherMap().baseUrl(), SimulatedUpstream.OPEN_WEATHER_MAP_KEY,
                places, Fixtures.HTTP))
        .build()) {
      Snapshot<WeatherReport> s = widget.read();
      assertThat(s.status()).isEqualTo(Status.FRESH);
      assertThat(s.provider()).isEqualTo("openweathermap");
      assertThat(s.data().readings()).extracting(r -> r.place().id()).containsExactly("ha-noi", "tp-ho-chi-minh");
      assertThat(all.openWeatherMap().requestCount()).isEqualTo(2);
    }
  }

  @Test
  void aWrongApiKeyIsAFailureNotData(@Upstream(SimulatedUpstream.Kind.OPEN_WEATHER_MAP) SimulatedUpstream owm) {
    try (Widget<WeatherReport> widget = Widgets.weather().coldWait(Duration.ofSeconds(10))
        .retries(0, Duration.ofMillis(10), Duration.ofMillis(10))
        .providers(Providers.openWeatherMap(owm.baseUrl(), "wrong", Place.defaults(), Fixtures.HTTP)).build()) {
      Snapshot<WeatherReport> s = widget.read();
      assertThat(s.status()).isEqualTo(Status.UNAVAILABLE);
      assertThat(WidgetViews.weatherHtml(s, Language.EN)).doesNotContain("Invalid API key", "401");
    }
  }
}
