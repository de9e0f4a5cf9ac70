package vn.egov.sdk.widgets;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A bank's exchange-rate board.
 *
 * @param asOf the board's own time (when the bank last updated it, not when it was fetched)
 * @param rates the quoted currencies in the bank's order, each code once
 */
public record ExchangeRateBoard(OffsetDateTime asOf, List<ExchangeRate> rates) {
  public ExchangeRateBoard {
    Objects.requireNonNull(asOf, "asOf");
    rates = List.copyOf(rates);
    if (rates.stream().map(ExchangeRate::code).distinct().count() != rates.size()) {
      throw new IllegalArgumentException("a currency appears twice on the board");
    }
  }

  public Optional<ExchangeRate> rate(String code) {
    return rates.stream().filter(r -> r.code().equals(code)).findFirst();
  }
}
