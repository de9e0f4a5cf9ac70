package vn.egov.sdk.core;

import java.math.BigDecimal;
import java.util.Objects;
import vn.egov.sdk.core.internal.Rules;
import vn.egov.sdk.core.internal.Texts;

/**
 * A fee or charge (phí, lệ phí) of one channel.
 *
 * @param description what the fee is for, e.g. "Lệ phí cấp Phiếu lý lịch tư pháp"
 * @param amount the amount, zero when free; {@code null} when the amount is not fixed (e.g. "theo
 *     quy định", computed from the dossier)
 * @param currency ISO 4217 code, normally {@code VND}
 */
public record Fee(String description, BigDecimal amount, String currency) {
  public Fee {
    Rules.require(Rules.notBlank(description), "description");
    Rules.require(Rules.notNegative(amount), "amount");
    Rules.require(Rules.currency(currency), "currency");
    description = Texts.clean(description);
  }

  /** A fixed amount in VND. */
  public static Fee vnd(String description, long amount) {
    return new Fee(description, BigDecimal.valueOf(amount), "VND");
  }

  /** No charge. */
  public static Fee free() {
    return new Fee("Không thu phí, lệ phí", BigDecimal.ZERO, "VND");
  }

  public boolean isFree() {
    return amount != null && amount.signum() == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fee f && description.equals(f.description) && currency.equals(f.currency)
        && (amount == null ? f.amount == null : f.amount != null && amount.compareTo(f.amount) == 0);
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, currency, amount == null ? null : amount.stripTrailingZeros());
  }
}
