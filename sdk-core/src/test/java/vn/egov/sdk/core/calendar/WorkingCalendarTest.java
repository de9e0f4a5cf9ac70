package vn.egov.sdk.core.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.LocalizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.sdk.core.LocalizedText;

/**
 * The rules: what a calendar gives where no government decision is known ({@link HolidayDecisions#none()}).
 * The decisions themselves are {@code DecidedHolidaysTest}.
 */
class WorkingCalendarTest {
  private final WorkingCalendar vn = WorkingCalendar.builder().decisions(HolidayDecisions.none()).build();

  @Test
  void holidaysOf2024ByTheRules() {
    assertThat(vn.holidays(2024)).extracting(Holiday::date, h -> h.name().en(), Holiday::kind).containsExactly(
        tuple(of(2024, 1, 1), "New Year's Day", Holiday.Kind.FIXED),
        // Tết: the lunar new year's eve and the first four days of Giáp Thìn (10 February, a Saturday).
        tuple(of(2024, 2, 9), "Lunar New Year (Tết)", Holiday.Kind.LUNAR),
        tuple(of(2024, 2, 10), "Lunar New Year (Tết)", Holiday.Kind.LUNAR),
        tuple(of(2024, 2, 11), "Lunar New Year (Tết)", Holiday.Kind.LUNAR),
        tuple(of(2024, 2, 12), "Lunar New Year (Tết)", Holiday.Kind.LUNAR),
        tuple(of(2024, 2, 13), "Lunar New Year (Tết)", Holiday.Kind.LUNAR),
        tuple(of(2024, 2, 14), "Day off in lieu of Lunar New Year (Tết)", Holiday.Kind.COMPENSATORY),
        tuple(of(2024, 2, 15), "Day off in lieu of Lunar New Year (Tết)", Holiday.Kind.COMPENSATORY),
        tuple(of(2024, 4, 18), "Hùng Kings' Commemoration Day", Holiday.Kind.LUNAR),
        tuple(of(2024, 4, 30), "Reunification Day", Holiday.Kind.FIXED),
        tuple(of(2024, 5, 1), "International Labour Day", Holiday.Kind.FIXED),
        tuple(of(2024, 9, 2), "National Day", Holiday.Kind.FIXED),
        tuple(of(2024, 9, 3), "National Day", Holiday.Kind.FIXED));
    assertThat(vn.holidays(2024).get(0).name().vi()).isEqualTo("Tết Dương lịch");
    assertThat(vn.holidays(2024).get(6).name().vi()).isEqualTo("Nghỉ bù Tết Nguyên đán");
  }

  @ParameterizedTest(name = "Tết {0}: {1} … {2}")
  @CsvSource({
      "1985, 1985-01-20, 1985-01-23", // 4 days under the Labour Code 1994 rule assumed before 1995
      "2007, 2007-02-16, 2007-02-19",
      "2023, 2023-01-21, 2023-01-25",
      "2025, 2025-01-28, 2025-02-01",
      "2026, 2026-02-16, 2026-02-20",
      "2027, 2027-02-05, 2027-02-09",
      "2030, 2030-02-01, 2030-02-05",
  })
  void tetIsTheLunarNewYearsEveAndTheFirstDaysOfTheYear(int year, LocalDate first, LocalDate last) {
    List<LocalDate> tet = vn.holidays(year).stream()
        .filter(h -> h.kind() == Holiday.Kind.LUNAR && h.name().en().contains("Tết")).map(Holiday::date).toList();
    assertThat(tet).first().isEqualTo(first);
    assertThat(tet).last().isEqualTo(last);
    assertThat(tet).hasSize((int) (last.toEpochDay() - first.toEpochDay()) + 1);
  }

  @ParameterizedTest(name = "Hùng Kings' day {0}")
  @CsvSource({"2007, 2007-04-26", "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
  void hungKingsDay(int year, LocalDate date) {
    assertThat(vn.holidays(year)).filteredOn(h -> h.name().en().startsWith("Hùng"))
        .extracting(Holiday::date).containsExactly(date);
    assertThat(vn.isWorkingDay(date)).isFalse();
  }

  @Test
  void holidaysOnRestDaysAreCompensatedOnTheNextWorkingDay() {
    // 2 September 2018 was a Sunday (one-day National Day then): Monday 3 September off in lieu.
    assertThat(compensatory(2018)).contains(of(2018, 9, 3));
    // 30 April and 1 May 2022 on Saturday and Sunday: Monday 2 and Tuesday 3 May.
    assertThat(compensatory(2022)).contains(of(2022, 5, 2), of(2022, 5, 3));
    // Hùng Kings' day on Sunday 10 April 2022 and Sunday 14 April 2019: the Mondays after.
    assertThat(compensatory(2022)).contains(of(2022, 4, 11));
    assertThat(compensatory(2019)).contains(of(2019, 4, 15));
    // 1 January 2017 was a Sunday; 1 May 2021 a Saturday.
    assertThat(compensatory(2017)).contains(of(2017, 1, 2));
    assertThat(compensatory(2021)).contains(of(2021, 5, 3));
    // 2 September 2029 is a Sunday: 3 September is the second day, Tuesday the 4th is in lieu.
    assertThat(nationalDays(2029)).containsExactly(of(2029, 9, 2), of(2029, 9, 3));
    assertThat(compensatory(2029)).contains(of(2029, 9, 4));
    for (LocalDate d : List.of(of(2018, 9, 3), of(2022, 5, 2), of(2022, 5, 3), of(2019, 4, 15))) {
      assertThat(vn.isWorkingDay(d)).as("%s", d).isFalse();
    }
  }

  @Test
  void twoHolidaysOnTheSameDayGiveACompensatoryDay() {
    // 10/3 of the lunar year 1947 was 30 April (a Wednesday); 1 May is a holiday too, so Friday 2 May.
    WorkingCalendar current = WorkingCalendar.builder().rules(HolidayRules.LABOUR_CODE_2019)
        .decisions(HolidayDecisions.none()).build();
    assertThat(current.holidays(1947)).extracting(Holiday::date, Holiday::kind).contains(
        tuple(of(1947, 4, 30), Holiday.Kind.LUNAR),
        tuple(of(1947, 5, 1), Holiday.Kind.FIXED),
        tuple(of(1947, 5, 2), Holiday.Kind.COMPENSATORY));
    assertThat(current.holidays(1947)).filteredOn(h -> h.date().equals(of(1947, 4, 30))).hasSize(1);
  }

  @ParameterizedTest(name = "National Day {0}")
  @CsvSource({
      "2021, 2021-09-03", // 2 September on a Thursday
      "2022, 2022-09-01", // Friday
      "2023, 2023-09-01", // Saturday (and Monday 4 September in lieu)
      "2024, 2024-09-03", // Monday
      "2025, 2025-09-01", // Tuesday
      "2026, 2026-09-03", // Wednesday: no neighbour joins a weekend, the day after
  })
  void nationalDayHasAnAdjacentDaySince2021(int year, LocalDate adjacent) {
    assertThat(nationalDays(year)).containsExactlyInAnyOrder(of(year, 9, 2), adjacent);
  }

  @Test
  void theHolidaySetFollowsTheLawOfEachYear() {
    assertThat(vn.rules()).isEqualTo(HolidayRules.AS_ENACTED);
    assertThat(vn.holidays(2006)).noneMatch(h -> h.name().en().startsWith("Hùng"));
    assertThat(vn.holidays(2007)).anyMatch(h -> h.name().en().startsWith("Hùng"));
    assertThat(tetDays(vn, 2013)).containsExactly(of(2013, 2, 9), of(2013, 2, 10), of(2013, 2, 11), of(2013, 2, 12));
    assertThat(tetDays(vn, 2014)).containsExactly(of(2014, 1, 30), of(2014, 1, 31), of(2014, 2, 1), of(2014, 2, 2), of(2014, 2, 3));
    assertThat(nationalDays(2020)).containsExactly(of(2020, 9, 2));
    assertThat(nationalDays(1950)).containsExactly(of(1950, 9, 2));

    WorkingCalendar current = WorkingCalendar.builder().rules(HolidayRules.LABOUR_CODE_2019)
        .decisions(HolidayDecisions.none()).build();
    assertThat(current.holidays(2000)).anyMatch(h -> h.name().en().startsWith("Hùng"));
    assertThat(tetDays(current, 2013)).hasSize(5);
    assertThat(current.holidays(2020)).filteredOn(h -> h.name().en().equals("National Day")).hasSize(2);
  }

  @Test
  void weekends() {
    assertThat(vn.weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(vn.isWorkingDay(of(2024, 6, 8))).isFalse(); // Saturday
    assertThat(vn.isWorkingDay(of(2024, 6, 9))).isFalse(); // Sunday
    assertThat(vn.isWorkingDay(of(2024, 6, 10))).isTrue(); // Monday
    WorkingCalendar sundays = WorkingCalendar.builder().weekend(DayOfWeek.SUNDAY).decisions(HolidayDecisions.none()).build();
    assertThat(sundays.isWorkingDay(of(2024, 6, 8))).isTrue();
    assertThat(sundays.isWorkingDay(of(2024, 6, 9))).isFalse();
    // 30 April 2022 (Saturday) is then a working day's holiday: only Sunday 1 May is compensated.
    assertThat(sundays.holidays(2022)).filteredOn(h -> h.kind() == Holiday.Kind.COMPENSATORY)
        .extracting(Holiday::date).contains(of(2022, 5, 2)).doesNotContain(of(2022, 5, 3));
    WorkingCalendar noWeekend = WorkingCalendar.builder().weekend().decisions(HolidayDecisions.none()).build();
    assertThat(noWeekend.isWorkingDay(of(2024, 6, 9))).isTrue();
  }

  @Test
  void theGovernmentsDecisionsOverrideTheRules() {
    WorkingCalendar decided = WorkingCalendar.builder().decisions(HolidayDecisions.none())
        // Tết Giáp Thìn 2024 as decided: Thursday 8 to Wednesday 14 February.
        .tetHolidays(2024, of(2024, 2, 8), of(2024, 2, 9), of(2024, 2, 10), of(2024, 2, 11),
            of(2024, 2, 12), of(2024, 2, 13), of(2024, 2, 14))
        .nationalDayHolidays(2024, of(2024, 9, 2), of(2024, 9, 3))
        // A swap: Friday 2 May 2025 off, Saturday 26 April 2025 worked instead.
        .dayOff(of(2025, 5, 2), LocalizedText.of("Nghỉ hoán đổi", "Swapped day off"))
        .workingDay(of(2025, 4, 26))
        .build();
    assertThat(decided.holidays(2024)).filteredOn(h -> h.name().en().contains("Tết"))
        .extracting(Holiday::date, Holiday::kind)
        .containsExactly(tuple(of(2024, 2, 8), Holiday.Kind.DECREED), tuple(of(2024, 2, 9), Holiday.Kind.DECREED),
            tuple(of(2024, 2, 10), Holiday.Kind.DECREED), tuple(of(2024, 2, 11), Holiday.Kind.DECREED),
            tuple(of(2024, 2, 12), Holiday.Kind.DECREED), tuple(of(2024, 2, 13), Holiday.Kind.DECREED),
            tuple(of(2024, 2, 14), Holiday.Kind.DECREED));
    assertThat(decided.isWorkingDay(of(2024, 2, 8))).isFalse();
    assertThat(decided.isWorkingDay(of(2024, 2, 15))).isTrue();
    assertThat(vn.isWorkingDay(of(2024, 2, 8))).isTrue();
    assertThat(decided.isWorkingDay(of(2025, 5, 2))).isFalse();
    assertThat(decided.isWorkingDay(of(2025, 4, 26))).isTrue();
    assertThat(decided.holidays(2025)).filteredOn(h -> h.kind() == Holiday.Kind.DECREED)
        .extracting(h -> h.name().vi()).containsExactly("Nghỉ hoán đổi");
    // Other years keep the default rules.
    assertThat(tetDays(decided, 2025)).isEqualTo(tetDays(vn, 2025));
  }

  @Test
  void addWorkingDaysSkipsWeekendsAndHolidays() {
    assertThat(vn.addWorkingDays(of(2024, 6, 7), 1)).isEqualTo(of(2024, 6, 10)); // Friday + 1 = Monday
    assertThat(vn.addWorkingDays(of(2024, 6, 8), 1)).isEqualTo(of(2024, 6, 10)); // from a Saturday
    assertThat(vn.addWorkingDays(of(2024, 6, 7), 0)).isEqualTo(of(2024, 6, 7));
    assertThat(vn.addWorkingDays(of(2024, 6, 10), 5)).isEqualTo(of(2024, 6, 17));
    // Across Tết 2025 (28 January – 1 February, Monday 3 February in lieu of Saturday 1 February).
    assertThat(vn.addWorkingDays(of(2025, 1, 24), 1)).isEqualTo(of(2025, 1, 27));
    assertThat(vn.addWorkingDays(of(2025, 1, 24), 2)).isEqualTo(of(2025, 2, 4));
    assertThat(vn.addWorkingDays(of(2025, 1, 24), 5)).isEqualTo(of(2025, 2, 7));
    // Across the year end and 1 January.
    assertThat(vn.addWorkingDays(of(2024, 12, 31), 1)).isEqualTo(of(2025, 1, 2));
    assertThat(vn.addWorkingDays(of(2024, 12, 20), 250)).isEqualTo(naiveAdd(vn, of(2024, 12, 20), 250));
  }

  @Test
  void addWorkingDaysAgreesWithCountingDayByDay() {
    for (LocalDate d = of(2023, 1, 1); d.isBefore(of(2027, 1, 1)); d = d.plusDays(1)) {
      for (int n : new int[] {1, 2, 5, 15, 30, 250}) {
        assertThat(vn.addWorkingDays(d, n)).as("%s + %d", d, n).isEqualTo(naiveAdd(vn, d, n));
      }
    }
  }

  @Test
  void yearsOutsideTheRangeAreRejected() {
    assertThatThrownBy(() -> vn.holidays(1899)).isInstanceOf(CalendarRangeException.class).hasMessageContaining("1900–2100");
    assertThatThrownBy(() -> vn.holidays(2101)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> vn.isWorkingDay(of(1899, 12, 31))).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> vn.addWorkingDays(of(2101, 1, 1), 1)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> vn.addWorkingDays(of(2100, 12, 28), 5))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("2100-12-31");
    assertThatThrownBy(() -> vn.addWorkingDays(of(2024, 1, 1), Integer.MAX_VALUE)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> vn.decision(1899)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> vn.decreedWorkingDays(2101)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> vn.addWorkingDays(of(2024, 1, 1), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThat(vn.holidays(1900)).isNotEmpty();
    assertThat(vn.holidays(2100)).isNotEmpty();
    assertThat(vn.addWorkingDays(of(1900, 1, 1), 1)).isEqualTo(of(1900, 1, 2));
  }

  @Test
  void theBuilderRejectsBadSettingsAtOnce() {
    assertThatThrownBy(() -> WorkingCalendar.builder().weekend(DayOfWeek.values()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seven");
    assertThatThrownBy(() -> WorkingCalendar.builder().tetHolidays(2024))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one day");
    assertThatThrownBy(() -> WorkingCalendar.builder().tetHolidays(2024, of(2023, 2, 10)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in 2024");
    assertThatThrownBy(() -> WorkingCalendar.builder().tetHolidays(2024, of(2024, 2, 10), of(2024, 2, 10)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> WorkingCalendar.builder().tetHolidays(2024, of(2024, 2, 10)).tetHolidays(2024, of(2024, 2, 11)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already set");
    assertThatThrownBy(() -> WorkingCalendar.builder().nationalDayHolidays(2101, of(2101, 9, 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2101");
    assertThatThrownBy(() -> WorkingCalendar.builder().dayOff(of(1899, 5, 2), LocalizedText.of("x", "x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingCalendar.builder().workingDay(of(2025, 4, 26)).workingDay(of(2025, 4, 26)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already set");
    assertThatThrownBy(() -> WorkingCalendar.builder().workingDay(of(2025, 4, 28)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MONDAY");
    assertThatThrownBy(() -> WorkingCalendar.builder().workingDay(of(2025, 4, 26))
        .dayOff(of(2025, 4, 26), LocalizedText.of("x", "x")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both");
    assertThatThrownBy(() -> WorkingCalendar.builder().rules(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void oneCalendarServesManyThreadsAndEachCalendarComputesItsOwnYears() throws Exception {
    WorkingCalendar fresh = WorkingCalendar.builder().decisions(HolidayDecisions.none()).build();
    assertThat(fresh).isNotSameAs(vn);
    assertThat(WorkingCalendar.vietnam()).isNotSameAs(WorkingCalendar.vietnam());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<LocalDate>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          List<LocalDate> out = new ArrayList<>();
          for (int year = 2000; year <= 2040; year++) {
            out.add(fresh.addWorkingDays(of(year, 1, 15), 30));
          }
          return out;
        }));
      }
      List<LocalDate> expected = new ArrayList<>();
      for (int year = 2000; year <= 2040; year++) {
        expected.add(naiveAdd(vn, of(year, 1, 15), 30));
      }
      for (Future<List<LocalDate>> f : results) {
        assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private List<LocalDate> compensatory(int year) {
    return vn.holidays(year).stream().filter(h -> h.kind() == Holiday.Kind.COMPENSATORY).map(Holiday::date).toList();
  }

  private List<LocalDate> nationalDays(int year) {
    return vn.holidays(year).stream().filter(h -> h.name().en().equals("National Day")).map(Holiday::date).toList();
  }

  private static List<LocalDate> tetDays(WorkingCalendar calendar, int year) {
    return calendar.holidays(year).stream()
        .filter(h -> h.kind() != Holiday.Kind.COMPENSATORY && h.name().en().contains("Tết")).map(Holiday::date).toList();
  }

  private static LocalDate naiveAdd(WorkingCalendar calendar, LocalDate from, int n) {
    LocalDate d = from;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (calendar.isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }
}
