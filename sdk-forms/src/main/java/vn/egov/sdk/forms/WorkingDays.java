package vn.egov.sdk.forms;

import java.time.LocalDate;
import vn.egov.sdk.core.calendar.WorkingCalendar;

/**
 * Counts working days (e.g. sdk-core's Vietnamese working calendar): the date {@code days} working days
 * after {@code from}, {@code from} itself not counted. Must not throw for {@code days ≥ 0}.
 */
@FunctionalInterface
public interface WorkingDays {
  LocalDate addWorkingDays(LocalDate from, int days);

  /** sdk-core's calendar (Saturdays, Sundays and the Labour Code's public holidays are not counted). */
  static WorkingDays of(WorkingCalendar calendar) {
    return calendar::addWorkingDays;
  }
}
