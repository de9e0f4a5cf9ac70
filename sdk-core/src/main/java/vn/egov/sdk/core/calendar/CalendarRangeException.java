package vn.egov.sdk.core.calendar;

import java.time.LocalDate;

/**
 * A date, year or result outside what the calendar covers: the Gregorian days {@link
 * VietnameseLunarCalendar#MIN_DATE} (1 January 1900) to {@link VietnameseLunarCalendar#MAX_DATE}
 * (31 December 2100), and the lunar years in progress on them (1899–2100). The lunar calendar ships a
 * precomputed table of those years, so nothing outside can be answered; the message names the range
 * and the value asked for.
 *
 * <p>It is an {@link IllegalArgumentException}, so code that caught that before keeps working.
 */
public final class CalendarRangeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  CalendarRangeException(String message) {
    super(message);
  }

  /** The first Gregorian day covered, {@link VietnameseLunarCalendar#MIN_DATE}. */
  public LocalDate first() {
    return VietnameseLunarCalendar.MIN_DATE;
  }

  /** The last Gregorian day covered, {@link VietnameseLunarCalendar#MAX_DATE}. */
  public LocalDate last() {
    return VietnameseLunarCalendar.MAX_DATE;
  }

  static CalendarRangeException date(LocalDate date) {
    return new CalendarRangeException("date must be within " + VietnameseLunarCalendar.MIN_DATE + "–"
        + VietnameseLunarCalendar.MAX_DATE + ", was " + date);
  }

  static CalendarRangeException year(int year) {
    return new CalendarRangeException("year must be within " + VietnameseLunarCalendar.MIN_DATE.getYear() + "–"
        + VietnameseLunarCalendar.MAX_DATE.getYear() + ", was " + year);
  }

  static CalendarRangeException lunarYear(int lunarYear, int first, int last) {
    return new CalendarRangeException("lunar year must be within " + first + "–" + last + ", was " + lunarYear);
  }

  static CalendarRangeException result(String what) {
    return new CalendarRangeException(what + " is after " + VietnameseLunarCalendar.MAX_DATE
        + ", the last day the calendar covers");
  }
}
