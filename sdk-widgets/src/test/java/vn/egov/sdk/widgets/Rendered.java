package vn.egov.sdk.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.function.BiFunction;
import vn.egov.sdk.core.Language;

/** Renders snapshots as the server does and checks that nothing technical leaks into them. */
final class Rendered {
  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private static final String[] LEAKS = {"Exception", "exception", "java.", "HTTP 5", "HTTP 4", "Service Unavailable",
      "Too Many Requests", "Request Rejected", "support ID", "SAX", "timeout", "Timeout", "refused", "reset"};

  private Rendered() {}

  static String fx(Snapshot<ExchangeRateBoard> s) throws Exception {
    return render(s, WidgetViews::fxJson, WidgetViews::fxHtml);
  }

  static String weather(Snapshot<WeatherReport> s) throws Exception {
    return render(s, WidgetViews::weatherJson, WidgetViews::weatherHtml);
  }

  /** JSON and HTML in both languages, checked for leaks. */
  private static <T> String render(Snapshot<T> s, BiFunction<Snapshot<T>, Language, Map<String, Object>> json,
      BiFunction<Snapshot<T>, Language, String> html) throws Exception {
    StringBuilder all = new StringBuilder();
    for (Language lang : Language.values()) {
      all.append(JSON.writeValueAsString(json.apply(s, lang))).append(html.apply(s, lang));
    }
    String out = all.toString();
    assertThat(out).doesNotContain(LEAKS);
    return out;
  }
}
