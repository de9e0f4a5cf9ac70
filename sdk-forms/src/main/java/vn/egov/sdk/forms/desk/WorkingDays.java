package vn.egov.sdk.forms.desk;

import java.time.LocalDate;
import java.util.Objects;
import vn.egov.sdk.core.calendar.WorkingCalendar;

/**
 * Counts working days (e.g. sdk-core's Vietnamese working calendar): the date {@code days} working days
 * after {@code from}, {@code from} itself not counted. Must not throw for {@code days ≥ 0}.
 */
@FunctionalInterface
public interface WorkingDays {
  LocalDate addWorkingDays(LocalDate from, int days);

  /**
   * The last day of a period of {@code days} calendar days from {@code from}, as the Civil Code 2015
   * counts it (Art. 147–148): {@code from} is not counted, and a period whose last day is not a working
   * day ends on the next working day. The default finds that day with {@link #addWorkingDays}: the
   * first working day after the day before the last day. {@code from} itself when {@code days} is 0.
   */
  default LocalDate addCalendarDays(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("the number of days must not be negative, was " + days);
    }
    return days == 0 ? from : addWorkingDays(from.plusDays(days - 1L), 1);
  }

  /** sdk-core's calendar (weekly rest days, public holidays and the government's decisions are not counted). */
  static WorkingDays of(WorkingCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return new WorkingDays() {
      @Override
      public LocalDate addWorkingDays(LocalDate from, int days) {
        return calendar.addWorkingDays(from, days);
      }

      @Override
      public LocalDate addCalendarDays(LocalDate from, int days) {
        return calendar.addCalendarDays(from, days);
      }
    };
  }
}
