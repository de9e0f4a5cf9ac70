package vn.egov.sdk.widgets;

import java.time.OffsetDateTime;
import java.util.Objects;
import vn.egov.sdk.core.LocalizedText;

/**
 * The current weather at one place. Any measured value may be {@code null} (not reported).
 *
 * @param place the configured place
 * @param observedAt when the values were observed, with the place's offset
 * @param temperatureC air temperature at 2 m, °C
 * @param humidityPercent relative humidity at 2 m, 0–100
 * @param windKmh wind speed at 10 m, km/h
 * @param weatherCode WMO weather interpretation code
 */
public record WeatherReading(Place place, OffsetDateTime observedAt, Double temperatureC,
    Integer humidityPercent, Double windKmh, Integer weatherCode) {
  public WeatherReading {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(observedAt, "observedAt");
  }

  /** The condition for people, from the WMO code ("unknown" for a missing or unknown code). */
  public LocalizedText condition() {
    return WeatherConditions.of(weatherCode);
  }
}
