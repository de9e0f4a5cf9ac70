package vn.egov.sdk.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.ChineseCalendar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {
  private final VietnameseLunarCalendar lunar = VietnameseLunarCalendar.create();

  @ParameterizedTest(name = "Tết {0} is {1}")
  @CsvSource({
      "1985, 1985-01-21", // China: 20 February 1985
      "2007, 2007-02-17", // China: 18 February 2007
      "1968, 1968-01-29", // the first year computed for UTC+7 (the South, still on UTC+8, had 30 January)
      "2023, 2023-01-22",
      "2024, 2024-02-10",
      "2025, 2025-01-29",
      "2026, 2026-02-17",
      "2027, 2027-02-06",
      // The new moon is at about 23:07 in Vietnam on 2 February 2030 (00:07 on 3 February in China).
      "2030, 2030-02-02",
  })
  void tetMatchesThePublishedVietnameseCalendar(int year, LocalDate tet) {
    assertThat(lunar.newYear(year)).isEqualTo(tet);
    assertThat(lunar.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
    assertThat(lunar.toLunar(tet.minusDays(1)).year()).isEqualTo(year - 1);
  }

  @Test
  void tetOfEveryYearFrom1900To2100MatchesThePublishedVietnameseCalendar() throws IOException {
    List<String> lines = readResource("tet-1900-2100.txt");
    assertThat(lines).hasSize(201);
    for (String line : lines) {
      String[] parts = line.split(" ");
      int year = Integer.parseInt(parts[0]);
      LocalDate tet = LocalDate.parse(parts[1]);
      assertThat(tet.getYear()).isEqualTo(year);
      assertThat(lunar.newYear(year)).as("Tết %d", year).isEqualTo(tet);
    }
  }

  @Test
  void theChineseCalendarDiffersInTheKnownYears() {
    assertThat(chineseNewYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
    assertThat(chineseNewYear(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
    assertThat(lunar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
    assertThat(lunar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
  }

  @ParameterizedTest(name = "10/3 of {0} is {1}")
  @CsvSource({
      "2007, 2007-04-26",
      "2019, 2019-04-14",
      "2022, 2022-04-10",
      "2023, 2023-04-29",
      "2024, 2024-04-18",
      "2025, 2025-04-07",
      "2026, 2026-04-26",
  })
  void hungKingsDay(int year, LocalDate date) {
    assertThat(lunar.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(date);
    assertThat(lunar.toLunar(date)).isEqualTo(LunarDate.of(year, 3, 10));
  }

  @Test
  void leapMonths() {
    assertThat(lunar.leapMonth(2020)).isEqualTo(4);
    assertThat(lunar.leapMonth(2023)).isEqualTo(2);
    assertThat(lunar.leapMonth(2025)).isEqualTo(6);
    assertThat(lunar.leapMonth(2024)).isZero();
    LocalDate leapStart = lunar.toSolar(new LunarDate(2023, 2, 1, true));
    assertThat(lunar.toLunar(leapStart)).isEqualTo(new LunarDate(2023, 2, 1, true));
    assertThat(lunar.toLunar(leapStart.minusDays(1))).isEqualTo(new LunarDate(2023, 2, lunar.monthLength(2023, 2, false), false));
  }

  @Test
  void the12thMonthOf1997BeginsADayEarlierThanInChina() {
    // The new moon of 29 December 1997 is a few minutes before midnight in Vietnam, after it in China.
    assertThat(lunar.toLunar(LocalDate.of(1997, 12, 29))).isEqualTo(LunarDate.of(1997, 12, 1));
  }

  @Test
  void everyDayFrom1900To2100RoundTripsAndDaysFollowEachOther() {
    LunarDate previous = null;
    for (LocalDate d = VietnameseLunarCalendar.MIN_DATE; !d.isAfter(VietnameseLunarCalendar.MAX_DATE); d = d.plusDays(1)) {
      LunarDate l = lunar.toLunar(d);
      assertThat(lunar.toSolar(l)).isEqualTo(d);
      if (previous != null && l.day() != 1) {
        assertThat(l).isEqualTo(new LunarDate(previous.year(), previous.month(), previous.day() + 1, previous.leapMonth()));
      } else if (previous != null) {
        assertThat(previous.day()).isBetween(29, 30);
        assertThat(lunar.monthLength(previous.year(), previous.month(), previous.leapMonth())).isEqualTo(previous.day());
        boolean newYear = l.year() == previous.year() + 1 && l.month() == 1 && !l.leapMonth() && previous.month() == 12;
        boolean leap = l.year() == previous.year() && l.leapMonth() && !previous.leapMonth() && l.month() == previous.month();
        boolean next = l.year() == previous.year() && !l.leapMonth() && l.month() == previous.month() + 1;
        assertThat(newYear || leap || next).as("%s after %s", l, previous).isTrue();
      }
      previous = l;
    }
  }

  @Test
  void rejectsWhatIsNotCoveredWithATypedErrorNamingTheRange() {
    assertThatThrownBy(() -> lunar.toLunar(LocalDate.of(1899, 12, 31)))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("1900-01-01–2100-12-31").hasMessageContaining("1899-12-31");
    assertThatThrownBy(() -> lunar.toLunar(LocalDate.of(2101, 1, 1))).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> lunar.newYear(2101)).isInstanceOf(CalendarRangeException.class).hasMessageContaining("2101");
    // Lunar year 1899 is in the table (it runs into January 1900), but its Tết is not a covered day.
    assertThatThrownBy(() -> lunar.newYear(1899)).isInstanceOf(CalendarRangeException.class).hasMessageContaining("1900–2100");
    assertThat(lunar.toLunar(LocalDate.of(1900, 1, 1))).isEqualTo(LunarDate.of(1899, 12, 1));
    assertThat(lunar.newYear(1900)).isEqualTo(LocalDate.of(1900, 1, 31));
    assertThat(lunar.newYear(2100)).isEqualTo(LocalDate.of(2100, 2, 9));
    assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(2100, 12, lunar.monthLength(2100, 12, false))))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("2101-");
    assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(1898, 12, 1)))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("1899–2100").hasMessageContaining("1898");
    assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(1899, 1, 1))).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> lunar.monthLength(2101, 1, false)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> lunar.leapMonth(1898)).isInstanceOf(CalendarRangeException.class);
    CalendarRangeException e = org.junit.jupiter.api.Assertions.assertThrows(CalendarRangeException.class,
        () -> lunar.toLunar(LocalDate.of(2200, 1, 1)));
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.first()).isEqualTo(VietnameseLunarCalendar.MIN_DATE);
    assertThat(e.last()).isEqualTo(VietnameseLunarCalendar.MAX_DATE);
    assertThatThrownBy(() -> lunar.toLunar(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> lunar.toSolar(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void impossibleLunarDatesAreRejectedAsSuch() {
    assertThatThrownBy(() -> lunar.toSolar(new LunarDate(2024, 5, 1, true)))
        .isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(CalendarRangeException.class)
        .hasMessageContaining("no leap month 5");
    assertThatThrownBy(() -> lunar.monthLength(2024, 5, true)).hasMessageContaining("no leap month 5");
    // Tết 2024's month (Giáp Thìn, month 1) has 29 days; month 2 has 30.
    assertThat(lunar.monthLength(2024, 1, false)).isEqualTo(29);
    assertThat(lunar.monthLength(2024, 2, false)).isEqualTo(30);
    assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(2024, 1, 30)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 29 days, not 30");
    assertThat(lunar.toSolar(LunarDate.of(2024, 2, 30))).isEqualTo(LocalDate.of(2024, 4, 8));
    assertThatThrownBy(() -> LunarDate.of(2024, 13, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarDate.of(2024, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarDate.of(2024, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarDate.of(2024, 1, 31)).isInstanceOf(IllegalArgumentException.class);
    assertThat(LunarDate.of(2024, 1, 30).day()).isEqualTo(30);
    assertThat(new LunarDate(2023, 2, 1, true)).hasToString("1/2 (nhuận)/2023 âm lịch");
  }

  @Test
  void tet1925IsTheDayOfTheNewMoon() {
    // New moon 24 January 1925, 14:45 UT (that day's total solar eclipse): 21:45 in Vietnam, 22:45 in China.
    assertThat(lunar.newYear(1925)).isEqualTo(LocalDate.of(1925, 1, 24));
    // The month before (from 26 December 1924) has 29 days; the first month runs to the next new moon, 23 February.
    assertThat(lunar.toSolar(LunarDate.of(1924, 12, 1))).isEqualTo(LocalDate.of(1924, 12, 26));
    assertThat(lunar.toLunar(LocalDate.of(1925, 1, 23))).isEqualTo(LunarDate.of(1924, 12, 29));
    assertThat(lunar.monthLength(1924, 12, false)).isEqualTo(29);
    assertThat(lunar.toLunar(LocalDate.of(1925, 2, 22))).isEqualTo(LunarDate.of(1925, 1, 30));
    assertThat(lunar.toSolar(LunarDate.of(1925, 2, 1))).isEqualTo(LocalDate.of(1925, 2, 23));
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    VietnameseLunarCalendar shared = VietnameseLunarCalendar.create();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<LunarDate>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          List<LunarDate> out = new ArrayList<>();
          for (int year = 1990; year <= 2030; year++) {
            out.add(shared.toLunar(LocalDate.of(year, 3, 1)));
          }
          return out;
        }));
      }
      List<LunarDate> expected = new ArrayList<>();
      for (int year = 1990; year <= 2030; year++) {
        expected.add(lunar.toLunar(LocalDate.of(year, 3, 1)));
      }
      for (Future<List<LunarDate>> f : results) {
        assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static LocalDate chineseNewYear(int year) {
    ChineseCalendar china = new ChineseCalendar(com.ibm.icu.util.TimeZone.GMT_ZONE);
    china.clear();
    china.set(ChineseCalendar.EXTENDED_YEAR, year + 2637);
    china.set(ChineseCalendar.MONTH, 0);
    china.set(ChineseCalendar.IS_LEAP_MONTH, 0);
    china.set(ChineseCalendar.DAY_OF_MONTH, 1);
    return LocalDate.ofEpochDay(Math.floorDiv(china.getTimeInMillis(), 86_400_000L));
  }

  private static List<String> readResource(String name) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        VietnameseLunarCalendarTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.trim());
        }
      }
    }
    return lines;
  }
}
