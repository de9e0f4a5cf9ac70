package vn.egov.sdk.widgets.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import vn.egov.sdk.widgets.ExchangeRate;
import vn.egov.sdk.widgets.UpstreamException;

/** What every exchange-rate board must pass, whatever its source: numbers, USD, plausibility. */
public final class Boards {
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final Pattern PLAIN = Pattern.compile("\\d{1,9}(\\.\\d{1,6})?");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3}){1,3}(\\.\\d{1,6})?");
  private static final BigDecimal USD_MIN = new BigDecimal("1000");
  private static final BigDecimal USD_MAX = new BigDecimal("1000000");
  private static final BigDecimal ANY_MAX = new BigDecimal("10000000");

  private Boards() {}

  /**
   * A rate as the boards have written it: {@code 22517}, {@code 19.3}, {@code 23,550.00} (en-US
   * grouping). Missing ({@code null}, {@code ""}, {@code "-"}) and zero mean "not quoted": null.
   */
  public static BigDecimal rate(String raw, String what) throws UpstreamException {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.isEmpty() || s.equals("-")) {
      return null;
    }
    if (GROUPED.matcher(s).matches()) {
      s = s.replace(",", "");
    } else if (!PLAIN.matcher(s).matches()) {
      throw UpstreamException.invalid(what + " is not a rate");
    }
    BigDecimal v = new BigDecimal(s);
    return v.signum() == 0 ? null : v;
  }

  /** Refuses a board without USD, or with a value no bank would quote. */
  public static List<ExchangeRate> check(List<ExchangeRate> rates) throws UpstreamException {
    ExchangeRate usd = rates.stream().filter(r -> r.code().equals("USD")).findFirst()
        .orElseThrow(() -> UpstreamException.invalid("board without USD"));
    BigDecimal ref = usd.transferBuy() != null ? usd.transferBuy() : usd.sell();
    if (ref == null || ref.compareTo(USD_MIN) < 0 || ref.compareTo(USD_MAX) > 0) {
      throw UpstreamException.invalid("implausible USD rate");
    }
    for (ExchangeRate r : rates) {
      for (BigDecimal v : new BigDecimal[] {r.cashBuy(), r.transferBuy(), r.sell()}) {
        if (v != null && v.compareTo(ANY_MAX) > 0) {
          throw UpstreamException.invalid("implausible rate for " + r.code());
        }
      }
    }
    if (rates.stream().map(ExchangeRate::code).distinct().count() != rates.size()) {
      throw UpstreamException.invalid("a currency appears twice");
    }
    return List.copyOf(rates);
  }

  /** A currency code as boards write it; anything else is refused. */
  public static String code(String raw) throws UpstreamException {
    String s = raw == null ? "" : raw.strip();
    if (!s.matches("[A-Z]{3}")) {
      throw UpstreamException.invalid("not a currency code");
    }
    return s;
  }
}
