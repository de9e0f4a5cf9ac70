package vn.egov.sdk.core.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reference computation behind {@link LunarData}: the months of each lunar year from ICU4J's
 * Chinese calendar computed for the Vietnamese meridian ({@link MeridianChineseCalendar}), with the
 * {@link #CORRECTIONS corrections} that make it match the published Vietnamese calendar. Test scope
 * only: the library ships the table {@link LunarTableGenerator} makes from this class, not ICU4J.
 *
 * <p>Meridian: lunar years from {@value LunarTable#FIRST_UTC7_YEAR} on are computed for UTC+7 (the
 * North Vietnamese government's 1967 decision, used nationwide since 1976); earlier years for UTC+8,
 * as Vietnamese calendars then followed the Chinese computation.
 */
final class IcuLunarYears {
  /**
   * Month starts where the published Vietnamese calendar (Hồ Ngọc Đức's tables, computed with Jean
   * Meeus' algorithms and, like this class, for UTC+8 before 1968 and UTC+7 since) differs from ICU
   * 77.1: a month begins one day earlier or later, or the leap month is placed differently. Each entry
   * says "this lunar month (of this lunar year) begins on this day". {@code LunarTableTest} checks that
   * ICU alone gets each of them wrong, so none is kept once ICU no longer needs it.
   *
   * <p>Not here: Hồ Ngọc Đức's 25 January 1925 for Tết Ất Sửu. The new moon was at 14:45 UT on
   * 24 January 1925 (the day of that year's total solar eclipse): 21:45 in Vietnam, 22:45 in China,
   * the 24th on either meridian, and the Chinese government's own calendar of 1925 began the year on
   * the 24th too; no Vietnamese almanac of 1925 that says otherwise was found. See
   * {@code docs/sdk-core-calendar.md}, "Tết 1925".
   */
  static final List<Correction> CORRECTIONS = List.of(
      new Correction(1906, 4, false, LocalDate.of(1906, 4, 23)),
      new Correction(1917, 2, true, LocalDate.of(1917, 3, 23)),
      new Correction(1917, 3, false, LocalDate.of(1917, 4, 21)),
      new Correction(1922, 5, true, LocalDate.of(1922, 6, 25)),
      new Correction(1922, 6, false, LocalDate.of(1922, 7, 24)),
      new Correction(1954, 1, false, LocalDate.of(1954, 2, 3)),
      new Correction(1955, 2, false, LocalDate.of(1955, 2, 22)),
      new Correction(1995, 8, true, LocalDate.of(1995, 9, 24)),
      new Correction(1996, 11, false, LocalDate.of(1996, 12, 10)),
      new Correction(1997, 12, false, LocalDate.of(1997, 12, 29)),
      new Correction(2051, 2, false, LocalDate.of(2051, 3, 12)),
      new Correction(2054, 4, false, LocalDate.of(2054, 5, 7)),
      new Correction(2077, 10, false, LocalDate.of(2077, 11, 15)),
      new Correction(2078, 10, false, LocalDate.of(2078, 11, 4)),
      new Correction(2079, 8, false, LocalDate.of(2079, 8, 27)),
      new Correction(2084, 2, false, LocalDate.of(2084, 3, 7)),
      new Correction(2085, 9, false, LocalDate.of(2085, 10, 18)));

  private static final Map<Integer, List<Correction>> CORRECTIONS_BY_YEAR =
      CORRECTIONS.stream().collect(Collectors.groupingBy(Correction::lunarYear, Collectors.toUnmodifiableList()));

  /** A lunar month (of a lunar year) that begins on a given day. */
  record Correction(int lunarYear, int month, boolean leap, LocalDate start) {}

  /** Where to look for the next month's first day, most likely first (a corrected start may shift it by one). */
  private static final int[] NEXT_MONTH_OFFSETS = {29, 30, 28, 31};

  private IcuLunarYears() {}

  /** The meridian of {@code lunarYear}'s computation, in hours east of UTC. */
  static int utcOffsetHours(int lunarYear) {
    return lunarYear < LunarTable.FIRST_UTC7_YEAR ? 8 : 7;
  }

  /** Every lunar year of the table, {@value LunarTable#FIRST_YEAR}–{@value LunarTable#LAST_YEAR}, in order. */
  static List<LunarTable.LunarYear> all() {
    List<LunarTable.LunarYear> years = new ArrayList<>();
    for (int y = LunarTable.FIRST_YEAR; y <= LunarTable.LAST_YEAR; y++) {
      years.add(compute(y));
    }
    return years;
  }

  /** The months of {@code lunarYear} as ICU computes them, corrected. */
  static LunarTable.LunarYear compute(int lunarYear) {
    List<Correction> corrections = CORRECTIONS_BY_YEAR.getOrDefault(lunarYear, List.of());
    MeridianChineseCalendar cal = MeridianChineseCalendar.forUtcOffset(utcOffsetHours(lunarYear));
    long end = newYear(lunarYear + 1, cal);
    List<long[]> months = new ArrayList<>(); // {start, month, leap}
    long start = newYear(lunarYear, cal);
    while (start < end) {
      Correction fixed = correctionStarting(corrections, start);
      if (fixed != null) {
        months.add(new long[] {start, fixed.month(), fixed.leap() ? 1 : 0});
      } else {
        cal.setEpochDay(start + 15);
        months.add(new long[] {start, cal.lunarMonth(), cal.isLeapMonth() ? 1 : 0});
      }
      long next = icuNextMonthStart(cal, start);
      Correction moved = correctionNear(corrections, next);
      if (moved != null) {
        next = moved.start().toEpochDay();
      }
      start = next >= end - 1 ? end : next;
    }
    int n = months.size();
    long[] starts = new long[n];
    int[] numbers = new int[n];
    boolean[] leaps = new boolean[n];
    for (int i = 0; i < n; i++) {
      starts[i] = months.get(i)[0];
      numbers[i] = (int) months.get(i)[1];
      leaps[i] = months.get(i)[2] == 1;
    }
    return LunarTable.LunarYear.of(lunarYear, starts, numbers, leaps, end);
  }

  /** The first day of {@code lunarYear}, computed with {@code cal} when it computes for that year's meridian. */
  private static long newYear(int lunarYear, MeridianChineseCalendar cal) {
    for (Correction c : CORRECTIONS_BY_YEAR.getOrDefault(lunarYear, List.of())) {
      if (c.month() == 1 && !c.leap()) {
        return c.start().toEpochDay();
      }
    }
    MeridianChineseCalendar icu = cal.utcOffsetHours() == utcOffsetHours(lunarYear)
        ? cal : MeridianChineseCalendar.forUtcOffset(utcOffsetHours(lunarYear));
    return icu.newYearEpochDay(lunarYear);
  }

  /** The first day after {@code start} (a month's first day, give or take one) that ICU calls a 1st. */
  private static long icuNextMonthStart(MeridianChineseCalendar cal, long start) {
    for (int offset : NEXT_MONTH_OFFSETS) {
      cal.setEpochDay(start + offset);
      if (cal.lunarDay() == 1) {
        return start + offset;
      }
    }
    throw new IllegalStateException("no lunar month start found after " + LocalDate.ofEpochDay(start));
  }

  private static Correction correctionStarting(List<Correction> corrections, long day) {
    for (Correction c : corrections) {
      if (c.start().toEpochDay() == day) {
        return c;
      }
    }
    return null;
  }

  private static Correction correctionNear(List<Correction> corrections, long day) {
    for (Correction c : corrections) {
      if (Math.abs(c.start().toEpochDay() - day) <= 1) {
        return c;
      }
    }
    return null;
  }
}
