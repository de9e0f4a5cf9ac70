package vn.egov.sdk.core.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.LocalizedText;

/**
 * Calendars built in the test from the shipped decisions file read afresh (not the copy
 * {@link HolidayDecisions#vietnam()} keeps for the whole JVM), so that reading the file and building
 * a calendar from it are checked each time, against days written out here.
 */
class OwnCalendarTest {

  private static HolidayDecisions shippedReadAfresh() throws IOException {
    try (InputStream in = HolidayDecisions.class.getResourceAsStream(HolidayDecisions.RESOURCE)) {
      assertThat(in).isNotNull();
      return HolidayDecisions.read(in);
    }
  }

  private static List<LocalDate> daysOff(WorkingCalendar c, int year) {
    return c.holidays(year).stream().map(Holiday::date).toList();
  }

  @Test
  void theShippedFileReadAfreshHoldsEveryDecidedYear() throws IOException {
    HolidayDecisions fresh = shippedReadAfresh();
    assertThat(fresh.years()).containsExactly(2013, 2014, 2015, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
        2025, 2026);
    HolidayDecision y2024 = fresh.get(2024).orElseThrow();
    assertThat(y2024.tet()).containsExactly(of(2024, 2, 8), of(2024, 2, 9), of(2024, 2, 10), of(2024, 2, 11),
        of(2024, 2, 12), of(2024, 2, 13), of(2024, 2, 14));
    assertThat(y2024.nationalDay()).containsExactly(of(2024, 9, 2), of(2024, 9, 3));
    assertThat(y2024.swaps()).containsExactly(new HolidayDecision.Swap(of(2024, 4, 29), of(2024, 5, 4)));
    assertThat(y2024.sources()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void a2025CalendarBuiltFromTheFileHasTheDecidedDaysOff() throws IOException {
    WorkingCalendar c = WorkingCalendar.builder().decisions(shippedReadAfresh()).build();
    assertThat(daysOff(c, 2025)).containsExactly(
        of(2025, 1, 1),
        of(2025, 1, 27), of(2025, 1, 28), of(2025, 1, 29), of(2025, 1, 30), of(2025, 1, 31),
        of(2025, 4, 7), // Hùng Kings: 10th day of the 3rd lunar month
        of(2025, 4, 30), of(2025, 5, 1), of(2025, 5, 2),
        of(2025, 9, 1), of(2025, 9, 2));
    assertThat(c.decreedWorkingDays(2025)).containsExactly(of(2025, 4, 26));
    assertThat(c.isWorkingDay(of(2025, 4, 26))).isTrue(); // a Saturday worked for 2 May
    assertThat(c.isWorkingDay(of(2025, 5, 2))).isFalse();
    assertThat(c.isWorkingDay(of(2025, 1, 24))).isTrue();
    assertThat(c.addWorkingDays(of(2025, 1, 24), 1)).isEqualTo(of(2025, 2, 3));
    assertThat(c.decision(2025)).isPresent();
    assertThat(c.decision(2016)).isEmpty();
    assertThat(c.decisions().years()).contains(2025);
  }

  @Test
  void aCalendarByTheRulesAloneCompensatesHolidaysOnRestDays() {
    WorkingCalendar rules = WorkingCalendar.builder().decisions(HolidayDecisions.none()).build();
    // 2022: 1 January is a Saturday, compensated on Monday 3 January; 30 April and 1 May fall on
    // Saturday and Sunday, compensated on Monday 2 and Tuesday 3 May.
    assertThat(rules.holidays(2022)).filteredOn(h -> h.kind() == Holiday.Kind.COMPENSATORY)
        .extracting(Holiday::date).contains(of(2022, 1, 3), of(2022, 5, 2), of(2022, 5, 3));
    assertThat(rules.decreedWorkingDays(2022)).isEmpty();
    assertThat(rules.decision(2025)).isEmpty();
  }

  @Test
  void whatTheBuilderIsToldWinsOverTheDecisions() {
    WorkingCalendar c = WorkingCalendar.builder().decisions(HolidayDecisions.vietnam())
        .tetHolidays(2025, of(2025, 1, 28), of(2025, 1, 29))
        .nationalDayHolidays(2025, of(2025, 9, 2))
        .dayOff(of(2025, 5, 2), LocalizedText.of("Nghỉ", "Off"))
        .dayOff(of(2025, 6, 2), LocalizedText.of("Quốc tang", "Mourning"))
        .build();
    assertThat(daysOff(c, 2025)).containsExactly(of(2025, 1, 1), of(2025, 1, 28), of(2025, 1, 29),
        of(2025, 4, 7), of(2025, 4, 30), of(2025, 5, 1), of(2025, 5, 2), of(2025, 6, 2), of(2025, 9, 2));
    // 2 May is the builder's own day off now, named as the builder named it
    assertThat(c.holidays(2025)).filteredOn(h -> h.date().equals(of(2025, 5, 2)))
        .singleElement().satisfies(h -> assertThat(h.name().en()).isEqualTo("Off"));
    assertThat(c.holidays(2025)).filteredOn(h -> h.date().equals(of(2025, 6, 2)))
        .singleElement().satisfies(h -> assertThat(h.name().en()).isEqualTo("Mourning"));
  }

  @Test
  void aDeclaredWorkingDayAndAnotherWeekendAreKept() {
    WorkingCalendar c = WorkingCalendar.builder().decisions(HolidayDecisions.none())
        .dayOff(of(2030, 4, 29), LocalizedText.of("Nghỉ", "Off")).workingDay(of(2030, 5, 4)).build();
    assertThat(c.decreedWorkingDays(2030)).containsExactly(of(2030, 5, 4));
    assertThat(c.isWorkingDay(of(2030, 5, 4))).isTrue();
    assertThat(c.isWorkingDay(of(2030, 4, 29))).isFalse();
    assertThat(c.decreedWorkingDays(2031)).isEmpty();
    // with a Friday–Saturday weekend, the decisions' swapped Saturday is a working day of its own
    WorkingCalendar fridays = WorkingCalendar.builder().weekend(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).build();
    assertThat(fridays.weekend()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    assertThat(fridays.decreedWorkingDays(2025)).containsExactly(of(2025, 4, 26));
    assertThat(fridays.isWorkingDay(of(2025, 4, 27))).isTrue(); // Sunday
    WorkingCalendar noWeekend = WorkingCalendar.builder().weekend().build();
    assertThat(noWeekend.weekend()).isEmpty();
    assertThat(noWeekend.decreedWorkingDays(2025)).isEmpty();
    assertThat(noWeekend.isWorkingDay(of(2025, 4, 26))).isTrue();
  }

  @Test
  void theBuilderRefusesContradictions() {
    assertThatThrownBy(() -> WorkingCalendar.builder().workingDay(of(2030, 5, 6)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("working day 2030-05-06 is a MONDAY, not a weekly rest day [SATURDAY, SUNDAY]");
    assertThatThrownBy(() -> WorkingCalendar.builder().workingDay(of(2030, 5, 4))
        .dayOff(of(2030, 5, 4), LocalizedText.of("a", "a")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("2030-05-04 is declared both a working day and a day off");
    assertThatThrownBy(() -> WorkingCalendar.builder().workingDay(of(2030, 5, 4)).workingDay(of(2030, 5, 4)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("working day 2030-05-04 is already set");
    assertThatThrownBy(() -> WorkingCalendar.builder().dayOff(of(2030, 5, 6), LocalizedText.of("a", "a"))
        .dayOff(of(2030, 5, 6), LocalizedText.of("b", "b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("day off 2030-05-06 is already set");
    assertThatThrownBy(() -> WorkingCalendar.builder().tetHolidays(2030, of(2030, 2, 2)).tetHolidays(2030, of(2030, 2, 3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Tết days of 2030 are already set");
    assertThatThrownBy(() -> WorkingCalendar.builder().nationalDayHolidays(2030))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("National Day of 2030 needs at least one day");
    assertThatThrownBy(() -> WorkingCalendar.builder().nationalDayHolidays(2030, of(2031, 9, 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("National Day day 2031-09-02 is not in 2030");
    assertThatThrownBy(() -> WorkingCalendar.builder().tetHolidays(2030, of(2030, 2, 2), of(2030, 2, 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Tết day 2030-02-02 is listed twice");
    assertThatThrownBy(() -> WorkingCalendar.builder().tetHolidays(2101, of(2101, 2, 2)))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> WorkingCalendar.builder().dayOff(of(1899, 12, 31), LocalizedText.of("a", "a")))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> WorkingCalendar.builder().workingDay(of(1899, 12, 30)))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> new HolidayDecision(2101, List.of(), List.of(), List.of(),
        List.of(new HolidayDecision.Source("x", "y", null, null)))).isInstanceOf(CalendarRangeException.class);
    assertThat(HolidayDecisions.none()).isNotEqualTo(HolidayDecisions.vietnam());
    assertThatThrownBy(() -> WorkingCalendar.builder().weekend(DayOfWeek.values()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the weekend cannot be all seven days of the week");
    assertThat(WorkingCalendar.builder().weekend(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).build().isWorkingDay(of(2030, 7, 14))).isTrue();
  }

  @Test
  void theFirstAndLastCoveredYearsHaveTheirHolidays() {
    WorkingCalendar c = WorkingCalendar.builder().decisions(HolidayDecisions.none()).build();
    assertThat(daysOff(c, 1900)).startsWith(of(1900, 1, 1)).isSorted();
    assertThat(daysOff(c, 2100)).contains(of(2100, 1, 1), of(2100, 9, 2)).isSorted();
    assertThat(c.addWorkingDays(of(2100, 12, 24), 1)).isAfter(of(2100, 12, 24));
    assertThatThrownBy(() -> c.addWorkingDays(of(2100, 12, 24), 10)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> c.holidays(1899)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> c.holidays(2101)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> c.decreedWorkingDays(2101)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> c.decision(1899)).isInstanceOf(CalendarRangeException.class);
  }
}
