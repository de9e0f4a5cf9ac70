package vn.egov.sdk.forms.desk;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.calendar.WorkingCalendar;

class WorkingDaysTest {
  @Test
  void calendarDaysEndOnAWorkingDayByDefault() {
    WorkingDays weekdays = DossierDeskTest.WEEKDAYS;
    assertThat(weekdays.addCalendarDays(of(2026, 11, 25), 10)).isEqualTo(of(2026, 12, 7)); // Saturday → Monday
    assertThat(weekdays.addCalendarDays(of(2026, 11, 25), 11)).isEqualTo(of(2026, 12, 7)); // Sunday → Monday
    assertThat(weekdays.addCalendarDays(of(2026, 11, 25), 9)).isEqualTo(of(2026, 12, 4));  // Friday stays
    assertThat(weekdays.addCalendarDays(of(2026, 11, 28), 0)).isEqualTo(of(2026, 11, 28));
    assertThatThrownBy(() -> weekdays.addCalendarDays(of(2026, 11, 25), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
  }

  @Test
  void sdkCoresCalendarCountsHolidaysToo() {
    WorkingDays vn = WorkingDays.of(WorkingCalendar.vietnam());
    // 15 days from 15 April 2025: 30 April, then 1 May, the swapped 2 May and the weekend.
    assertThat(vn.addCalendarDays(of(2025, 4, 15), 15)).isEqualTo(of(2025, 5, 5));
    assertThat(vn.addWorkingDays(of(2025, 1, 24), 1)).isEqualTo(of(2025, 2, 3));
    for (LocalDate d = of(2025, 1, 1); d.isBefore(of(2025, 12, 1)); d = d.plusDays(1)) {
      assertThat(vn.addCalendarDays(d, 15)).isEqualTo(WorkingCalendar.vietnam().addCalendarDays(d, 15));
    }
    assertThatThrownBy(() -> WorkingDays.of(null)).isInstanceOf(NullPointerException.class);
  }
}
