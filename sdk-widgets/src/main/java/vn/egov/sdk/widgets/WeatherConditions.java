package vn.egov.sdk.widgets;

import java.util.Map;
import vn.egov.sdk.core.LocalizedText;

/** Vietnamese and English labels of the WMO weather interpretation codes (as used by Open-Meteo). */
public final class WeatherConditions {
  /** The label of a missing or unknown code. */
  public static final LocalizedText UNKNOWN = LocalizedText.of("Không rõ", "Unknown");

  private static final Map<Integer, LocalizedText> LABELS = Map.ofEntries(
      Map.entry(0, LocalizedText.of("Trời quang", "Clear sky")),
      Map.entry(1, LocalizedText.of("Ít mây", "Mainly clear")),
      Map.entry(2, LocalizedText.of("Có mây", "Partly cloudy")),
      Map.entry(3, LocalizedText.of("Nhiều mây", "Overcast")),
      Map.entry(45, LocalizedText.of("Sương mù", "Fog")),
      Map.entry(48, LocalizedText.of("Sương mù đóng băng", "Depositing rime fog")),
      Map.entry(51, LocalizedText.of("Mưa phùn nhẹ", "Light drizzle")),
      Map.entry(53, LocalizedText.of("Mưa phùn", "Moderate drizzle")),
      Map.entry(55, LocalizedText.of("Mưa phùn dày", "Dense drizzle")),
      Map.entry(56, LocalizedText.of("Mưa phùn băng giá nhẹ", "Light freezing drizzle")),
      Map.entry(57, LocalizedText.of("Mưa phùn băng giá", "Dense freezing drizzle")),
      Map.entry(61, LocalizedText.of("Mưa nhỏ", "Slight rain")),
      Map.entry(63, LocalizedText.of("Mưa vừa", "Moderate rain")),
      Map.entry(65, LocalizedText.of("Mưa to", "Heavy rain")),
      Map.entry(66, LocalizedText.of("Mưa băng giá nhẹ", "Light freezing rain")),
      Map.entry(67, LocalizedText.of("Mưa băng giá", "Heavy freezing rain")),
      Map.entry(71, LocalizedText.of("Tuyết rơi nhẹ", "Slight snowfall")),
      Map.entry(73, LocalizedText.of("Tuyết rơi vừa", "Moderate snowfall")),
      Map.entry(75, LocalizedText.of("Tuyết rơi dày", "Heavy snowfall")),
      Map.entry(77, LocalizedText.of("Hạt tuyết", "Snow grains")),
      Map.entry(80, LocalizedText.of("Mưa rào nhẹ", "Slight rain showers")),
      Map.entry(81, LocalizedText.of("Mưa rào", "Moderate rain showers")),
      Map.entry(82, LocalizedText.of("Mưa rào rất to", "Violent rain showers")),
      Map.entry(85, LocalizedText.of("Mưa tuyết nhẹ", "Slight snow showers")),
      Map.entry(86, LocalizedText.of("Mưa tuyết", "Heavy snow showers")),
      Map.entry(95, LocalizedText.of("Dông", "Thunderstorm")),
      Map.entry(96, LocalizedText.of("Dông kèm mưa đá nhẹ", "Thunderstorm with slight hail")),
      Map.entry(99, LocalizedText.of("Dông kèm mưa đá", "Thunderstorm with heavy hail")));

  private WeatherConditions() {}

  /** The label of {@code code}; {@link #UNKNOWN} for {@code null} or a code WMO does not define. */
  public static LocalizedText of(Integer code) {
    return code == null ? UNKNOWN : LABELS.getOrDefault(code, UNKNOWN);
  }
}
