package vn.egov.sdk.core.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.LocalizedText;

/** A holiday a law adds from a given year, compensated like the Labour Code's (Art. 111(3)). */
class RecurringHolidayTest {
  private static final LocalizedText CULTURE = LocalizedText.of("Ngày Văn hóa Việt Nam", "Vietnamese Culture Day");

  @Test
  void aNewDayOffFromAGivenYearIsCompensatedWhenItFallsOnAWeekend() {
    // 24 November, as the Politburo's Resolution 80-NQ/TW (7 January 2026) intends; the year the law
    // makes it a day off is up to the law, 2027 here.
    WorkingCalendar c = WorkingCalendar.builder()
        .recurringHoliday(RecurringHoliday.gregorian(MonthDay.of(11, 24), CULTURE, 2027)).build();
    assertThat(c.isWorkingDay(of(2026, 11, 24))).isTrue();          // before the law
    assertThat(c.isWorkingDay(of(2027, 11, 24))).isFalse();         // a Wednesday
    assertThat(c.holidays(2027)).filteredOn(h -> h.date().getMonthValue() == 11)
        .extracting(Holiday::date, h -> h.name().vi(), Holiday::kind)
        .containsExactly(tuple(of(2027, 11, 24), "Ngày Văn hóa Việt Nam", Holiday.Kind.FIXED));
    // 24 November 2029 is a Saturday: Monday 26 November in lieu.
    assertThat(c.holidays(2029)).filteredOn(h -> h.date().getMonthValue() == 11)
        .extracting(Holiday::date, h -> h.name().en(), Holiday::kind)
        .containsExactly(tuple(of(2029, 11, 24), "Vietnamese Culture Day", Holiday.Kind.FIXED),
            tuple(of(2029, 11, 26), "Day off in lieu of Vietnamese Culture Day", Holiday.Kind.COMPENSATORY));
    assertThat(c.addWorkingDays(of(2029, 11, 23), 1)).isEqualTo(of(2029, 11, 27));
    // Without compensation the Saturday is simply lost.
    WorkingCalendar plain = WorkingCalendar.builder()
        .recurringHoliday(RecurringHoliday.gregorian(MonthDay.of(11, 24), CULTURE, 2027).withoutCompensation()).build();
    assertThat(plain.isWorkingDay(of(2029, 11, 26))).isTrue();
    assertThat(plain.isWorkingDay(of(2027, 11, 24))).isFalse();
    // The default calendar has no such day.
    assertThat(WorkingCalendar.vietnam().isWorkingDay(of(2027, 11, 24))).isTrue();
  }

  @Test
  void aHolidayCanEnd() {
    WorkingCalendar c = WorkingCalendar.builder()
        .recurringHoliday(RecurringHoliday.gregorian(MonthDay.of(6, 10), CULTURE, 2030).until(2031)).build();
    assertThat(c.isWorkingDay(of(2030, 6, 10))).isFalse();
    assertThat(c.isWorkingDay(of(2031, 6, 10))).isFalse();
    assertThat(c.isWorkingDay(of(2032, 6, 10))).isTrue();
  }

  @Test
  void aLunarHolidayFollowsTheLunarCalendarAndCanFallInTheNextGregorianYear() {
    LocalizedText kitchen = LocalizedText.of("Ông Công Ông Táo", "Kitchen Gods' Day");
    WorkingCalendar c = WorkingCalendar.builder().decisions(HolidayDecisions.none())
        .recurringHoliday(RecurringHoliday.lunar(12, 23, kitchen, 2030)).build();
    VietnameseLunarCalendar lunar = VietnameseLunarCalendar.create();
    // 23/12 of lunar year 2030 is in January 2031.
    java.time.LocalDate day = lunar.toSolar(LunarDate.of(2030, 12, 23));
    assertThat(day.getYear()).isEqualTo(2031);
    assertThat(c.holidays(2031)).extracting(Holiday::date).contains(day);
    assertThat(c.holidays(2031)).filteredOn(h -> h.date().equals(day)).extracting(Holiday::kind)
        .containsExactly(Holiday.Kind.LUNAR);
    // 23/12 of lunar year 2029 (in January 2030) is before the law.
    assertThat(c.holidays(2030)).extracting(Holiday::date).doesNotContain(lunar.toSolar(LunarDate.of(2029, 12, 23)));
    // A lunar day 30 in a 29-day month is the month's last day.
    WorkingCalendar eve = WorkingCalendar.builder().decisions(HolidayDecisions.none())
        .recurringHoliday(RecurringHoliday.lunar(1, 30, kitchen, 2024)).build();
    assertThat(lunar.monthLength(2024, 1, false)).isEqualTo(29);
    assertThat(eve.isWorkingDay(lunar.toSolar(LunarDate.of(2024, 1, 29)))).isFalse();
  }

  @Test
  void aDayInLieuInJanuaryBelongsToTheNewYear() {
    LocalizedText eve = LocalizedText.of("Đêm giao thừa Dương lịch", "New Year's Eve");
    WorkingCalendar c = WorkingCalendar.builder().decisions(HolidayDecisions.none())
        .recurringHoliday(RecurringHoliday.gregorian(MonthDay.of(12, 31), eve, 2022)).build();
    // 31 December 2022 is a Saturday; 1 January 2023 a Sunday with its own day in lieu, Monday 2;
    // the 31st's day in lieu is the next free day, Tuesday 3 January 2023.
    assertThat(c.holidays(2022)).extracting(Holiday::date).contains(of(2022, 12, 31))
        .allMatch(d -> d.getYear() == 2022);
    assertThat(c.holidays(2023)).extracting(Holiday::date, Holiday::kind)
        .contains(tuple(of(2023, 1, 2), Holiday.Kind.COMPENSATORY), tuple(of(2023, 1, 3), Holiday.Kind.COMPENSATORY));
    assertThat(c.isWorkingDay(of(2023, 1, 3))).isFalse();
    assertThat(c.isWorkingDay(of(2023, 1, 4))).isTrue();
  }

  @Test
  void badHolidaysAreRefusedAtOnce() {
    assertThatThrownBy(() -> RecurringHoliday.gregorian(MonthDay.of(2, 29), CULTURE, 2030))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("29 February");
    assertThatThrownBy(() -> new RecurringHoliday(CULTURE, false, 4, 31, 2030, 2100, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1–30");
    assertThatThrownBy(() -> new RecurringHoliday(CULTURE, false, 13, 1, 2030, 2100, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1–12");
    assertThatThrownBy(() -> RecurringHoliday.lunar(13, 1, CULTURE, 2030)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecurringHoliday.lunar(3, 31, CULTURE, 2030)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecurringHoliday.gregorian(MonthDay.of(11, 24), CULTURE, 2101))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> RecurringHoliday.gregorian(MonthDay.of(11, 24), CULTURE, 2030).until(2029))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it begins");
    assertThatThrownBy(() -> RecurringHoliday.gregorian(null, CULTURE, 2030)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RecurringHoliday.gregorian(MonthDay.of(11, 24), null, 2030))
        .isInstanceOf(NullPointerException.class);
    WorkingCalendar.Builder b = WorkingCalendar.builder()
        .recurringHoliday(RecurringHoliday.gregorian(MonthDay.of(11, 24), CULTURE, 2030).until(2040));
    assertThatThrownBy(() -> b.recurringHoliday(RecurringHoliday.gregorian(MonthDay.of(11, 24), CULTURE, 2040)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already set for 2030–2040");
    // The same day again once the first has ended is fine (a law repealed and re-enacted).
    b.recurringHoliday(RecurringHoliday.gregorian(MonthDay.of(11, 24), CULTURE, 2045));
    assertThat(b.build().isWorkingDay(of(2042, 11, 24))).isTrue();
    assertThat(RecurringHoliday.gregorian(MonthDay.of(11, 24), CULTURE, 2030).heldIn(2029)).isFalse();
  }
}
