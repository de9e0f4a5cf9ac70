package vn.egov.sdk.core.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Periods counted in calendar days, weeks, months or years, as the Civil Code 2015 (91/2015/QH13)
 * counts them: Art. 147(2) the first day is not counted; Art. 148(1)–(4) the period ends at the end of
 * its last (or corresponding) day; Art. 148(5) when that day is a weekly rest day or a holiday, at the
 * end of the next working day.
 */
class CalendarDayPeriodsTest {
  private final WorkingCalendar vn = WorkingCalendar.vietnam();
  private final WorkingCalendar rules = WorkingCalendar.builder().decisions(HolidayDecisions.none()).build();

  @Test
  void theIssuesCases() {
    // 15 days from 15 April 2025 end on Wednesday 30 April, a holiday; 1 May is one and 2 May was swapped
    // off (Công văn 8726/VPCP-KGVX), then the weekend: the period ends on Monday 5 May.
    assertThat(vn.addCalendarDays(of(2025, 4, 15), 15)).isEqualTo(of(2025, 5, 5));
    // By the rules alone 2 May 2025 is a working day.
    assertThat(rules.addCalendarDays(of(2025, 4, 15), 15)).isEqualTo(of(2025, 5, 2));
    // From 18 April: Saturday 3 May, so Monday 5 May.
    assertThat(vn.addCalendarDays(of(2025, 4, 18), 15)).isEqualTo(of(2025, 5, 5));
  }

  @ParameterizedTest(name = "{1} days from {0} end on {2}")
  @CsvSource({
      "2025-06-02, 10, 2025-06-12", // an ordinary Thursday: no shift
      "2025-06-02, 12, 2025-06-16", // Saturday 14 June → Monday 16
      "2025-06-02, 13, 2025-06-16", // Sunday 15 June → Monday 16
      "2025-01-17, 10, 2025-02-03", // Monday 27 January, Tết 2025 as decided → Monday 3 February
      "2025-01-20, 13, 2025-02-03", // Sunday 2 February, the end of the Tết break
      "2026-08-20, 2, 2026-08-22",  // Saturday 22 August 2026 is worked (9441/TB-BNV): the period ends then
      "2026-08-20, 3, 2026-08-24",  // Sunday 23 August → Monday 24
      "2024-12-31, 1, 2025-01-02",  // New Year's Day
      "2023-04-28, 1, 2023-05-04",  // Hùng Kings' day Saturday 29 April, 30 April, 1 May, 2–3 May in lieu
      "2100-12-30, 1, 2100-12-31",  // the last day covered, a Friday
  })
  void aPeriodEndingOnARestDayOrHolidayEndsOnTheNextWorkingDay(LocalDate from, int days, LocalDate end) {
    assertThat(vn.addCalendarDays(from, days)).isEqualTo(end);
    assertThat(vn.isWorkingDay(end)).isTrue();
  }

  @Test
  void theEndIsNeverBeforeTheLastDayNorAWorkingDayLater() {
    for (LocalDate d = of(2024, 12, 1); d.isBefore(of(2027, 1, 1)); d = d.plusDays(1)) {
      for (int n : new int[] {1, 5, 10, 15, 30, 45}) {
        LocalDate last = d.plusDays(n);
        LocalDate end = vn.addCalendarDays(d, n);
        assertThat(end).as("%s + %d", d, n).isAfterOrEqualTo(last);
        assertThat(vn.isWorkingDay(end)).as("%s + %d", d, n).isTrue();
        for (LocalDate between = last; between.isBefore(end); between = between.plusDays(1)) {
          assertThat(vn.isWorkingDay(between)).as("%s is between %s and %s", between, last, end).isFalse();
        }
      }
    }
  }

  @Test
  void weeksMonthsAndYearsEndOnTheCorrespondingDay() {
    // Art. 148(3): one month from 31 January 2025 has no 31 February: the last day of February.
    assertThat(vn.addCalendarPeriod(of(2025, 1, 31), Period.ofMonths(1))).isEqualTo(of(2025, 2, 28));
    assertThat(vn.addCalendarPeriod(of(2024, 1, 31), Period.ofMonths(1))).isEqualTo(of(2024, 2, 29));
    // Three months from 2 June 2025: Tuesday 2 September, National Day; 3 September is working.
    assertThat(vn.addCalendarPeriod(of(2025, 6, 2), Period.ofMonths(3))).isEqualTo(of(2025, 9, 3));
    // Art. 148(2): two weeks from Monday 7 July 2025 end on Monday 21 July.
    assertThat(vn.addCalendarPeriod(of(2025, 7, 7), Period.ofWeeks(2))).isEqualTo(of(2025, 7, 21));
    // Art. 148(4): one year from 29 February 2024 ends on 28 February 2025 (a Friday).
    assertThat(vn.addCalendarPeriod(of(2024, 2, 29), Period.ofYears(1))).isEqualTo(of(2025, 2, 28));
    // A year from 2 September 2024 ends on 2 September 2025, National Day, so on the 3rd.
    assertThat(vn.addCalendarPeriod(of(2024, 9, 2), Period.ofYears(1))).isEqualTo(of(2025, 9, 3));
    assertThat(vn.addCalendarPeriod(of(2025, 6, 2), Period.ofDays(12))).isEqualTo(vn.addCalendarDays(of(2025, 6, 2), 12));
    assertThat(vn.addCalendarPeriod(of(2025, 6, 7), Period.ZERO)).isEqualTo(of(2025, 6, 7));
  }

  @Test
  void zeroNegativeAndOutOfRange() {
    assertThat(vn.addCalendarDays(of(2025, 6, 7), 0)).isEqualTo(of(2025, 6, 7)); // a Saturday, unchanged
    assertThatThrownBy(() -> vn.addCalendarDays(of(2025, 6, 7), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> vn.addCalendarPeriod(of(2025, 6, 7), Period.of(0, -1, 5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> vn.addCalendarDays(of(1899, 12, 31), 1)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> vn.addCalendarDays(of(2100, 12, 30), 2))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("2100-12-31");
    // 25 December 2100 + 6 days is Friday 31 December: still inside.
    assertThat(vn.addCalendarDays(of(2100, 12, 25), 6)).isEqualTo(of(2100, 12, 31));
    assertThatThrownBy(() -> vn.addCalendarDays(of(2025, 1, 1), Integer.MAX_VALUE))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> vn.addCalendarPeriod(of(2025, 1, 1), Period.ofYears(200)))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> vn.addCalendarPeriod(of(2025, 1, 1), Period.ofYears(Integer.MAX_VALUE)))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> vn.addCalendarDays(null, 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> vn.addCalendarPeriod(of(2025, 1, 1), null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aPeriodEndingOnTheLastCoveredDayThatIsARestDayCannotBeAnswered() {
    // 31 December 2100 is a Friday; a calendar with Friday off cannot say which working day follows.
    WorkingCalendar fridays = WorkingCalendar.builder().weekend(DayOfWeek.FRIDAY).build();
    assertThatThrownBy(() -> fridays.addCalendarDays(of(2100, 12, 30), 1))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("working day after");
  }
}
