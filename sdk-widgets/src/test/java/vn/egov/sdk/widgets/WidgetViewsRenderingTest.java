package vn.egov.sdk.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Language;

/**
 * The JSON trees and HTML fragments of the HTTP contract, rendered from snapshots built here (no
 * upstream, no clock): field order and values, Vietnam time, number formats per language, the
 * notices, and escaping of everything an upstream wrote.
 */
class WidgetViewsRenderingTest {
  private static final Instant FETCHED = Instant.parse("2026-11-27T07:40:30.750Z");
  private static final ExchangeRateBoard BOARD = new ExchangeRateBoard(
      OffsetDateTime.parse("2026-11-27T07:35:12.5Z"), List.of(
          new ExchangeRate("USD", "US DOLLAR", new BigDecimal("26128.00"), new BigDecimal("26158.00"),
              new BigDecimal("26398.00")),
          new ExchangeRate("EUR", "<b>EURO</b> & \"co\" 'x'", null, new BigDecimal("30045.5"), null)));
  private static final Place EVIL = new Place("evil-place", "<img src=x onerror=alert(1)> & \"q\"", 10, 106);
  private static final WeatherReport REPORT = new WeatherReport(List.of(
      new WeatherReading(Place.defaults().get(0), OffsetDateTime.parse("2026-11-27T14:30:59.9+07:00"),
          24.6, 71, 8.25, 3),
      new WeatherReading(EVIL, OffsetDateTime.parse("2026-11-27T07:30Z"), null, null, null, null)));

  private static <T> Snapshot<T> fresh(String provider, T data) {
    return new Snapshot<>(Status.FRESH, provider, data, FETCHED, Duration.ofSeconds(90));
  }

  private static <T> Snapshot<T> stale(String provider, T data, Duration age) {
    return new Snapshot<>(Status.STALE, provider, data, FETCHED, age);
  }

  @Test
  void exchangeRateJsonHasItsFieldsInOrderWithVietnamTimes() {
    Map<String, Object> json = WidgetViews.fxJson(fresh("vietcombank-xml", BOARD), Language.VI);
    assertThat(json.keySet()).containsExactly("provider", "status", "asOf", "fetchedAt", "ageSeconds", "notice", "rates");
    assertThat(json).containsEntry("provider", "vietcombank-xml").containsEntry("status", "FRESH")
        .containsEntry("asOf", "2026-11-27T14:35:12+07:00").containsEntry("fetchedAt", "2026-11-27T14:40:30+07:00")
        .containsEntry("ageSeconds", 90L).containsEntry("notice", null);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rates = (List<Map<String, Object>>) json.get("rates");
    assertThat(rates).hasSize(2);
    assertThat(rates.get(0).keySet()).containsExactly("code", "name", "cashBuy", "transferBuy", "sell");
    assertThat(rates.get(0)).containsEntry("code", "USD").containsEntry("name", "US DOLLAR")
        .containsEntry("cashBuy", new BigDecimal("26128.00")).containsEntry("sell", new BigDecimal("26398.00"));
    assertThat(rates.get(1)).containsEntry("cashBuy", null).containsEntry("transferBuy", new BigDecimal("30045.5"))
        .containsEntry("sell", null);
  }

  @Test
  void anUnavailableSnapshotHasNullsAnEmptyListAndTheNotice() {
    Snapshot<ExchangeRateBoard> none = Snapshot.unavailable("vietcombank-xml");
    Map<String, Object> json = WidgetViews.fxJson(none, Language.EN);
    assertThat(json).containsEntry("status", "UNAVAILABLE").containsEntry("asOf", null)
        .containsEntry("fetchedAt", null).containsEntry("ageSeconds", null)
        .containsEntry("notice", "The data is temporarily unavailable. Please try again later.")
        .containsEntry("rates", List.of());
    Map<String, Object> weather = WidgetViews.weatherJson(Snapshot.<WeatherReport>unavailable("open-meteo"), Language.VI);
    assertThat(weather.keySet()).containsExactly("provider", "status", "fetchedAt", "ageSeconds", "notice", "regions");
    assertThat(weather).containsEntry("provider", "open-meteo").containsEntry("fetchedAt", null)
        .containsEntry("ageSeconds", null).containsEntry("regions", List.of())
        .containsEntry("notice", "Dữ liệu tạm thời chưa có. Vui lòng thử lại sau.");
    String html = WidgetViews.fxHtml(none, Language.VI);
    assertThat(html).isEqualTo("<section class=\"egov-widget egov-fx\" data-status=\"UNAVAILABLE\" lang=\"vi\">\n"
        + "<h2>Tỷ giá ngoại tệ</h2>\n"
        + "<p class=\"egov-notice\" role=\"status\">Dữ liệu tạm thời chưa có. Vui lòng thử lại sau.</p>\n"
        + "</section>\n");
    assertThat(WidgetViews.weatherHtml(Snapshot.<WeatherReport>unavailable("open-meteo"), Language.EN))
        .isEqualTo("<section class=\"egov-widget egov-weather\" data-status=\"UNAVAILABLE\" lang=\"en\">\n"
            + "<h2>Weather</h2>\n"
            + "<p class=\"egov-notice\" role=\"status\">The data is temporarily unavailable. Please try again later.</p>\n"
            + "</section>\n");
  }

  @Test
  void exchangeRateHtmlIsATableWithLocalNumbersAndEscapedUpstreamText() {
    String vi = WidgetViews.fxHtml(fresh("vietcombank-xml", BOARD), Language.VI);
    assertThat(vi).isEqualTo("<section class=\"egov-widget egov-fx\" data-status=\"FRESH\" lang=\"vi\">\n"
        + "<h2>Tỷ giá ngoại tệ</h2>\n"
        + "<table>\n<caption>Nguồn: vietcombank-xml, 14:35 27/11/2026</caption>\n"
        + "<thead><tr><th scope=\"col\">Mã</th><th scope=\"col\">Tên</th><th scope=\"col\">Mua tiền mặt</th>"
        + "<th scope=\"col\">Mua chuyển khoản</th><th scope=\"col\">Bán</th></tr></thead>\n<tbody>\n"
        + "<tr><td>USD</td><td>US DOLLAR</td><td>26.128,00</td><td>26.158,00</td><td>26.398,00</td></tr>\n"
        + "<tr><td>EUR</td><td>&lt;b&gt;EURO&lt;/b&gt; &amp; &quot;co&quot; &#39;x&#39;</td><td>–</td>"
        + "<td>30.045,50</td><td>–</td></tr>\n"
        + "</tbody>\n</table>\n</section>\n");
    String en = WidgetViews.fxHtml(fresh("vietcombank-xml", BOARD), Language.EN);
    assertThat(en).contains("lang=\"en\"", "<h2>Exchange rates</h2>", "<caption>Source: vietcombank-xml, 14:35 27/11/2026",
        "<th scope=\"col\">Code</th><th scope=\"col\">Name</th><th scope=\"col\">Cash buy</th>"
            + "<th scope=\"col\">Transfer buy</th><th scope=\"col\">Sell</th>",
        "<td>26,128.00</td><td>26,158.00</td><td>26,398.00</td>", "<td>30,045.50</td>")
        .doesNotContain("egov-notice");
  }

  @Test
  void aStaleSnapshotSaysHowOldItsDataIs() {
    Snapshot<ExchangeRateBoard> s = stale("vietcombank-json", BOARD, Duration.ofMinutes(50));
    assertThat(WidgetViews.fxJson(s, Language.VI)).containsEntry("status", "STALE").containsEntry("ageSeconds", 3000L)
        .containsEntry("notice", "Chưa cập nhật được dữ liệu mới; đang hiển thị dữ liệu lấy cách đây 50 phút.");
    assertThat(WidgetViews.fxHtml(s, Language.EN)).contains("data-status=\"STALE\"",
        "<p class=\"egov-notice\" role=\"status\">Could not get newer data; showing data fetched 50 minutes ago.</p>\n<table>");
  }

  @Test
  void noticesRoundTheAgeDownToMinutesHoursOrDays() {
    assertThat(stale("p", "x", Duration.ofSeconds(20)).notice().in(Language.EN)).contains(" 1 minute ago");
    assertThat(stale("p", "x", Duration.ofSeconds(20)).notice().in(Language.VI)).contains(" 1 phút.");
    assertThat(stale("p", "x", Duration.ofSeconds(119)).notice().in(Language.EN)).contains(" 1 minute ago");
    assertThat(stale("p", "x", Duration.ofMinutes(2)).notice().in(Language.EN)).contains(" 2 minutes ago");
    assertThat(stale("p", "x", Duration.ofMinutes(59).plusSeconds(59)).notice().in(Language.EN)).contains(" 59 minutes ago");
    assertThat(stale("p", "x", Duration.ofMinutes(60)).notice().in(Language.EN)).contains(" 1 hour ago");
    assertThat(stale("p", "x", Duration.ofMinutes(60)).notice().in(Language.VI)).contains(" 1 giờ.");
    assertThat(stale("p", "x", Duration.ofMinutes(150)).notice().in(Language.EN)).contains(" 2 hours ago");
    assertThat(stale("p", "x", Duration.ofHours(47).plusMinutes(59)).notice().in(Language.EN)).contains(" 47 hours ago");
    assertThat(stale("p", "x", Duration.ofHours(48)).notice().in(Language.EN)).contains(" 2 days ago");
    assertThat(stale("p", "x", Duration.ofHours(48)).notice().in(Language.VI)).contains(" 2 ngày.");
    assertThat(stale("p", "x", Duration.ofDays(3).plusHours(23)).notice().in(Language.EN)).contains(" 3 days ago");
    assertThat(fresh("p", "x").notice()).isNull();
  }

  @Test
  void weatherJsonListsEachRegionWithItsConditionInTheLanguage() {
    Map<String, Object> json = WidgetViews.weatherJson(fresh("open-meteo", REPORT), Language.EN);
    assertThat(json).containsEntry("provider", "open-meteo").containsEntry("status", "FRESH")
        .containsEntry("fetchedAt", "2026-11-27T14:40:30+07:00").containsEntry("ageSeconds", 90L)
        .containsEntry("notice", null);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> regions = (List<Map<String, Object>>) json.get("regions");
    assertThat(regions.get(0).keySet()).containsExactly("id", "name", "latitude", "longitude", "observedAt",
        "temperatureC", "humidityPercent", "windKmh", "weatherCode", "condition");
    assertThat(regions.get(0)).containsEntry("id", "ha-noi").containsEntry("name", "Hà Nội")
        .containsEntry("latitude", 21.0285).containsEntry("longitude", 105.8542)
        .containsEntry("observedAt", "2026-11-27T14:30:59+07:00").containsEntry("temperatureC", 24.6)
        .containsEntry("humidityPercent", 71).containsEntry("windKmh", 8.25).containsEntry("weatherCode", 3)
        .containsEntry("condition", "Overcast");
    // a reading's own offset is kept as the upstream gave it
    assertThat(regions.get(1)).containsEntry("observedAt", "2026-11-27T07:30:00Z")
        .containsEntry("temperatureC", null).containsEntry("condition", "Unknown");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> vi = (List<Map<String, Object>>) WidgetViews.weatherJson(fresh("open-meteo", REPORT),
        Language.VI).get("regions");
    assertThat(vi.get(0)).containsEntry("condition", "Nhiều mây");
  }

  @Test
  void weatherHtmlEscapesPlacesAndShowsMissingValuesAsDashes() {
    String vi = WidgetViews.weatherHtml(fresh("open-meteo", REPORT), Language.VI);
    assertThat(vi).isEqualTo("<section class=\"egov-widget egov-weather\" data-status=\"FRESH\" lang=\"vi\">\n"
        + "<h2>Thời tiết</h2>\n<ul>\n"
        + "<li data-place=\"ha-noi\"><strong>Hà Nội</strong> 24,6 °C, Nhiều mây, độ ẩm 71 %, gió 8,2 km/h</li>\n"
        + "<li data-place=\"evil-place\"><strong>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;</strong> "
        + "–, Không rõ, độ ẩm –, gió –</li>\n"
        + "</ul>\n<p class=\"egov-source\">Nguồn: open-meteo</p>\n</section>\n");
    String en = WidgetViews.weatherHtml(stale("openweathermap", REPORT, Duration.ofHours(3)), Language.EN);
    assertThat(en).contains("data-status=\"STALE\"", "<h2>Weather</h2>",
        "<p class=\"egov-notice\" role=\"status\">Could not get newer data; showing data fetched 3 hours ago.</p>\n<ul>",
        "24.6 °C, Overcast, humidity 71 %, wind 8.2 km/h", "<p class=\"egov-source\">Source: openweathermap</p>");
  }

  @Test
  void aSnapshotHasDataExactlyWhenItIsNotUnavailable() {
    assertThatThrownBy(() -> new Snapshot<>(Status.UNAVAILABLE, "p", "x", FETCHED, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absent exactly when");
    assertThatThrownBy(() -> new Snapshot<>(Status.FRESH, "p", null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absent exactly when");
    assertThatThrownBy(() -> new Snapshot<>(Status.STALE, "p", "x", null, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("data needs fetchedAt and age");
    assertThatThrownBy(() -> new Snapshot<>(Status.STALE, "p", "x", FETCHED, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("data needs fetchedAt and age");
    assertThat(fresh("p", "x").dataIfKnown()).contains("x");
    assertThat(Snapshot.unavailable("p").dataIfKnown()).isEmpty();
  }
}
