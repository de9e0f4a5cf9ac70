package vn.egov.sdk.widgets;

import java.util.List;

/** The current weather at every configured place, in the configured order. */
public record WeatherReport(List<WeatherReading> readings) {
  public WeatherReport {
    readings = List.copyOf(readings);
  }
}
