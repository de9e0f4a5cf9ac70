package vn.egov.sdk.widgets;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One currency on an exchange-rate board, in VND per one unit. A value the bank does not quote is
 * {@code null}, never zero.
 *
 * @param code ISO 4217 code, e.g. {@code USD}
 * @param name the bank's name for it, trimmed (e.g. {@code US DOLLAR})
 * @param cashBuy the bank buys cash
 * @param transferBuy the bank buys by transfer (not a mid rate, not the central rate)
 * @param sell the bank sells
 */
public record ExchangeRate(String code, String name, BigDecimal cashBuy, BigDecimal transferBuy, BigDecimal sell) {
  public ExchangeRate {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("code must be three capital letters, was '" + code + "'");
    }
    Objects.requireNonNull(name, "name");
    name = name.strip();
    for (BigDecimal v : new BigDecimal[] {cashBuy, transferBuy, sell}) {
      if (v != null && v.signum() <= 0) {
        throw new IllegalArgumentException(code + ": a quoted rate must be positive, was " + v);
      }
    }
  }
}
