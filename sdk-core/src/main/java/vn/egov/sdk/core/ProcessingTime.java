package vn.egov.sdk.core;

import java.util.Objects;
import vn.egov.sdk.core.internal.Rules;

/**
 * The time an agency has to process a dossier on one channel, e.g. "15 ngày làm việc".
 *
 * @param amount how many units, positive
 * @param unit working days (the usual unit), calendar days or hours
 */
public record ProcessingTime(int amount, Unit unit) {

  /** The unit of a processing time. */
  public enum Unit {
    /** Ngày làm việc: weekends and public holidays are not counted. */
    WORKING_DAYS(LocalizedText.of("ngày làm việc", "working days")),
    /** Ngày: calendar days. */
    DAYS(LocalizedText.of("ngày", "days")),
    /** Giờ: hours (e.g. "trong ngày", "4 giờ làm việc"). */
    HOURS(LocalizedText.of("giờ", "hours"));

    private final LocalizedText label;

    Unit(LocalizedText label) {
      this.label = label;
    }

    public LocalizedText label() {
      return label;
    }
  }

  public ProcessingTime {
    Rules.require(Rules.positive(amount), "amount");
    Objects.requireNonNull(unit, "unit");
  }

  public static ProcessingTime workingDays(int amount) {
    return new ProcessingTime(amount, Unit.WORKING_DAYS);
  }

  public static ProcessingTime days(int amount) {
    return new ProcessingTime(amount, Unit.DAYS);
  }

  public static ProcessingTime hours(int amount) {
    return new ProcessingTime(amount, Unit.HOURS);
  }

  /** The text a portal prints, e.g. {@code "15 ngày làm việc"}. */
  public String display(Language language) {
    return amount + " " + unit.label().in(language);
  }

  /**
   * As an ISO-8601 duration: {@code P15D} for days (working days counted as days, since ISO-8601 has
   * no working-day unit), {@code PT4H} for hours.
   */
  public String toIsoDuration() {
    return unit == Unit.HOURS ? "PT" + amount + "H" : "P" + amount + "D";
  }
}
