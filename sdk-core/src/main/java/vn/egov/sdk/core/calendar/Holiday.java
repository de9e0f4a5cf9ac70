package vn.egov.sdk.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import vn.egov.sdk.core.LocalizedText;

/**
 * A day off for everyone in a {@link WorkingCalendar}: a public holiday, a compensatory day, or a
 * day the government decreed.
 *
 * @param date the day
 * @param name what it is, in Vietnamese and English
 * @param kind why it is off
 */
public record Holiday(LocalDate date, LocalizedText name, Kind kind) {
  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** Why a day is off. */
  public enum Kind {
    /** A holiday on a fixed Gregorian date (1 January, 30 April, 1 May, National Day). */
    FIXED,
    /** A holiday fixed by the lunar calendar (Tết, Hùng Kings' Commemoration). */
    LUNAR,
    /** A working day given in lieu of a holiday that fell on a weekly rest day. */
    COMPENSATORY,
    /** A day set by a government decision (a year's Tết or National Day days, an extra day off). */
    DECREED
  }
}
