package vn.egov.sdk.forms;

import java.time.LocalDate;

/**
 * Counts working days (e.g. sdk-core's Vietnamese working calendar): the date {@code days} working days
 * after {@code from}, {@code from} itself not counted. Must not throw for {@code days ≥ 0}.
 */
@FunctionalInterface
public interface WorkingDays {
  LocalDate addWorkingDays(LocalDate from, int days);
}
