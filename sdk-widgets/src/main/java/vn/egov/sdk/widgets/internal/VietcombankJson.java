package vn.egov.sdk.widgets.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.egov.sdk.widgets.ExchangeRate;
import vn.egov.sdk.widgets.ExchangeRateBoard;
import vn.egov.sdk.widgets.HttpSettings;
import vn.egov.sdk.widgets.Provider;
import vn.egov.sdk.widgets.UpstreamException;

/** Vietcombank's JSON API ({@code /api/exchangerates?date=}), asked for today's date in Vietnam. */
public final class VietcombankJson implements Provider<ExchangeRateBoard>, AutoCloseable {
  public static final String PATH = "/api/exchangerates";

  private final URI base;
  private final Http http;
  private final Clock clock;

  public VietcombankJson(URI base, HttpSettings settings, Clock clock) {
    this.base = base;
    this.http = new Http(settings);
    this.clock = clock;
  }

  @Override
  public String name() {
    return "vietcombank-json";
  }

  @Override
  public ExchangeRateBoard fetch() throws Exception {
    String today = LocalDate.now(clock.withZone(Boards.VIETNAM)).toString();
    return parse(http.get(Http.url(base, PATH, Map.of("date", today)), "application/json"));
  }

  public static ExchangeRateBoard parse(byte[] body) throws UpstreamException {
    JsonNode root = JsonBodies.read(body);
    if (!root.isObject()) {
      throw UpstreamException.invalid("answer is not an object");
    }
    JsonNode data = JsonBodies.require(root, "Data");
    if (!data.isArray()) {
      throw UpstreamException.invalid("Data is not an array");
    }
    List<ExchangeRate> rates = new ArrayList<>();
    for (JsonNode item : data) {
      String code = Boards.code(JsonBodies.text(item, "currencyCode"));
      String name = JsonBodies.text(item, "currencyName");
      rates.add(new ExchangeRate(code, name == null ? code : name,
          Boards.rate(JsonBodies.text(item, "cash"), code + " cash"),
          Boards.rate(JsonBodies.text(item, "transfer"), code + " transfer"),
          Boards.rate(JsonBodies.text(item, "sell"), code + " sell")));
    }
    return new ExchangeRateBoard(asOf(root), Boards.check(rates));
  }

  private static OffsetDateTime asOf(JsonNode root) throws UpstreamException {
    try {
      String updated = JsonBodies.text(root, "UpdatedDate");
      if (updated != null) {
        return OffsetDateTime.parse(updated);
      }
      String date = JsonBodies.text(root, "Date");
      if (date != null) {
        return LocalDateTime.parse(date).atZone(Boards.VIETNAM).toOffsetDateTime();
      }
    } catch (DateTimeParseException e) {
      throw new UpstreamException("UpdatedDate is not an ISO date-time", e);
    }
    throw UpstreamException.invalid("answer without UpdatedDate or Date");
  }

  @Override
  public void close() {
    http.close();
  }
}
