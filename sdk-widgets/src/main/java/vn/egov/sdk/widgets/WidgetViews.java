package vn.egov.sdk.widgets;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.LocalizedText;
import vn.egov.sdk.widgets.internal.Boards;
import vn.egov.sdk.core.Html;

/**
 * Snapshots as the HTTP contract shows them: JSON trees (ordered maps of strings, numbers, lists and
 * nulls, ready for any JSON writer) and HTML fragments in which everything that came from an upstream
 * is escaped. Nothing here ever contains an exception or upstream error text: snapshots carry none.
 */
public final class WidgetViews {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
  private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private WidgetViews() {}

  /** {@code {"provider","status","asOf","fetchedAt","ageSeconds","notice","rates":[…]}}. */
  public static Map<String, Object> fxJson(Snapshot<ExchangeRateBoard> s, Language lang) {
    Map<String, Object> out = head(s);
    ExchangeRateBoard board = s.data();
    out.put("asOf", board == null ? null : iso(board.asOf().atZoneSameInstant(Boards.VIETNAM).toOffsetDateTime()));
    out.put("fetchedAt", iso(s.fetchedAt()));
    out.put("ageSeconds", s.age() == null ? null : s.age().toSeconds());
    out.put("notice", notice(s, lang));
    List<Map<String, Object>> rates = new ArrayList<>();
    if (board != null) {
      for (ExchangeRate r : board.rates()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("name", r.name());
        m.put("cashBuy", r.cashBuy());
        m.put("transferBuy", r.transferBuy());
        m.put("sell", r.sell());
        rates.add(m);
      }
    }
    out.put("rates", rates);
    return out;
  }

  /** {@code {"provider","status","fetchedAt","ageSeconds","notice","regions":[…]}}. */
  public static Map<String, Object> weatherJson(Snapshot<WeatherReport> s, Language lang) {
    Map<String, Object> out = head(s);
    out.put("fetchedAt", iso(s.fetchedAt()));
    out.put("ageSeconds", s.age() == null ? null : s.age().toSeconds());
    out.put("notice", notice(s, lang));
    List<Map<String, Object>> regions = new ArrayList<>();
    if (s.data() != null) {
      for (WeatherReading r : s.data().readings()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.place().id());
        m.put("name", r.place().name());
        m.put("latitude", r.place().latitude());
        m.put("longitude", r.place().longitude());
        m.put("observedAt", iso(r.observedAt()));
        m.put("temperatureC", r.temperatureC());
        m.put("humidityPercent", r.humidityPercent());
        m.put("windKmh", r.windKmh());
        m.put("weatherCode", r.weatherCode());
        m.put("condition", r.condition().in(lang));
        regions.add(m);
      }
    }
    out.put("regions", regions);
    return out;
  }

  /** The exchange-rate table (or the notice alone when UNAVAILABLE), as an HTML fragment. */
  public static String fxHtml(Snapshot<ExchangeRateBoard> s, Language lang) {
    StringBuilder h = open("egov-fx", s, lang, lang.pick("Tỷ giá ngoại tệ", "Exchange rates"));
    ExchangeRateBoard board = s.data();
    if (board != null) {
      h.append("<table>\n<caption>").append(Html.escape(lang.pick("Nguồn: ", "Source: ") + s.provider()))
          .append(", ").append(Html.escape(board.asOf().atZoneSameInstant(Boards.VIETNAM).format(HUMAN)))
          .append("</caption>\n<thead><tr>");
      for (String th : new String[] {lang.pick("Mã", "Code"), lang.pick("Tên", "Name"),
          lang.pick("Mua tiền mặt", "Cash buy"), lang.pick("Mua chuyển khoản", "Transfer buy"),
          lang.pick("Bán", "Sell")}) {
        h.append("<th scope=\"col\">").append(th).append("</th>");
      }
      h.append("</tr></thead>\n<tbody>\n");
      for (ExchangeRate r : board.rates()) {
        h.append("<tr><td>").append(Html.escape(r.code())).append("</td><td>").append(Html.escape(r.name()))
            .append("</td><td>").append(amount(r.cashBuy(), lang))
            .append("</td><td>").append(amount(r.transferBuy(), lang))
            .append("</td><td>").append(amount(r.sell(), lang)).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
    return h.append("</section>\n").toString();
  }

  /** The weather list (or the notice alone when UNAVAILABLE), as an HTML fragment. */
  public static String weatherHtml(Snapshot<WeatherReport> s, Language lang) {
    StringBuilder h = open("egov-weather", s, lang, lang.pick("Thời tiết", "Weather"));
    if (s.data() != null) {
      h.append("<ul>\n");
      for (WeatherReading r : s.data().readings()) {
        h.append("<li data-place=\"").append(Html.escape(r.place().id())).append("\"><strong>")
            .append(Html.escape(r.place().name())).append("</strong> ")
            .append(measure(r.temperatureC(), " °C", lang)).append(", ")
            .append(Html.escape(r.condition().in(lang))).append(", ")
            .append(lang.pick("độ ẩm ", "humidity ")).append(measure(r.humidityPercent(), " %", lang))
            .append(", ").append(lang.pick("gió ", "wind ")).append(measure(r.windKmh(), " km/h", lang))
            .append("</li>\n");
      }
      h.append("</ul>\n<p class=\"egov-source\">").append(Html.escape(lang.pick("Nguồn: ", "Source: ")
          + s.provider())).append("</p>\n");
    }
    return h.append("</section>\n").toString();
  }

  private static Map<String, Object> head(Snapshot<?> s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("provider", s.provider());
    out.put("status", s.status().name());
    return out;
  }

  private static StringBuilder open(String cssClass, Snapshot<?> s, Language lang, String title) {
    StringBuilder h = new StringBuilder();
    h.append("<section class=\"egov-widget ").append(cssClass).append("\" data-status=\"")
        .append(s.status().name()).append("\" lang=\"").append(lang.tag()).append("\">\n<h2>")
        .append(title).append("</h2>\n");
    String notice = notice(s, lang);
    if (notice != null) {
      h.append("<p class=\"egov-notice\" role=\"status\">").append(Html.escape(notice)).append("</p>\n");
    }
    return h;
  }

  private static String notice(Snapshot<?> s, Language lang) {
    LocalizedText n = s.notice();
    return n == null ? null : n.in(lang);
  }

  private static String iso(OffsetDateTime t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).format(ISO);
  }

  private static String iso(Instant t) {
    return t == null ? null : iso(t.atZone(Boards.VIETNAM).toOffsetDateTime());
  }

  private static String amount(BigDecimal v, Language lang) {
    if (v == null) {
      return "–";
    }
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(lang.locale()));
    return Html.escape(f.format(v));
  }

  private static String measure(Number v, String unit, Language lang) {
    if (v == null) {
      return "–";
    }
    DecimalFormat f = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(lang.locale()));
    return Html.escape(f.format(v) + unit);
  }
}
