package vn.egov.sdk.core.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

/**
 * The months of the Vietnamese lunar calendar, one lunar year at a time, computed with ICU4J and
 * kept once computed. Thread-safe: each year is computed with its own ICU calendar and published
 * through an {@link AtomicReferenceArray}; two threads computing the same year compute the same
 * immutable value.
 *
 * <p>Meridian: lunar years from 1968 on are computed for UTC+7 (the North Vietnamese government's
 * 1967 decision, used nationwide since 1976); earlier years for UTC+8, as Vietnamese calendars then
 * followed the Chinese computation. On top of ICU a short list of {@link #CORRECTIONS corrections}
 * makes the result match the published Vietnamese calendar where ICU's approximate astronomy (new
 * moons a few minutes from midnight, a solar term a few minutes from a new moon) decides otherwise.
 */
public final class LunarTable {
  /** The first lunar year covered: the one in progress on 1 January 1900. */
  public static final int FIRST_YEAR = 1899;
  /** The last lunar year covered: the one in progress on 31 December 2100. */
  public static final int LAST_YEAR = 2100;
  /** The first lunar year computed for UTC+7. */
  public static final int FIRST_UTC7_YEAR = 1968;

  /**
   * Month starts where the published Vietnamese calendar (Hồ Ngọc Đức's tables, computed with Jean
   * Meeus' algorithms and, like this class, for UTC+8 before 1968 and UTC+7 since) differs from ICU
   * 77.1: a month begins one day earlier or later, or the leap month is placed differently. Each
   * entry says "this lunar month (of this lunar year) begins on this day". Checked by the tests.
   */
  static final List<Correction> CORRECTIONS = List.of(
      new Correction(1906, 4, false, LocalDate.of(1906, 4, 23)),
      new Correction(1917, 2, true, LocalDate.of(1917, 3, 23)),
      new Correction(1917, 3, false, LocalDate.of(1917, 4, 21)),
      new Correction(1922, 5, true, LocalDate.of(1922, 6, 25)),
      new Correction(1922, 6, false, LocalDate.of(1922, 7, 24)),
      new Correction(1925, 1, false, LocalDate.of(1925, 1, 25)),
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

  private final AtomicReferenceArray<LunarYear> years = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

  /** The months of {@code lunarYear} ({@value #FIRST_YEAR}–{@value #LAST_YEAR}). */
  public LunarYear year(int lunarYear) {
    if (lunarYear < FIRST_YEAR || lunarYear > LAST_YEAR) {
      throw new IllegalArgumentException("lunar year must be within " + FIRST_YEAR + "–" + LAST_YEAR + ", was " + lunarYear);
    }
    int index = lunarYear - FIRST_YEAR;
    LunarYear year = years.get(index);
    if (year == null) {
      year = compute(lunarYear);
      years.compareAndSet(index, null, year);
    }
    return year;
  }

  /** The lunar year in progress on {@code epochDay} (which must lie within the covered range). */
  public LunarYear yearContaining(long epochDay) {
    int lunarYear = LocalDate.ofEpochDay(epochDay).getYear();
    if (lunarYear <= LAST_YEAR && epochDay < year(lunarYear).newYear()) {
      lunarYear--;
    }
    return year(lunarYear);
  }

  private static int utcOffsetHours(int lunarYear) {
    return lunarYear < FIRST_UTC7_YEAR ? 8 : 7;
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

  private static LunarYear compute(int lunarYear) {
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
    return LunarYear.of(lunarYear, months, end);
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

  /** One lunar year: its 12 or 13 months in order, each with its first day, and the next year's first day. */
  public static final class LunarYear {
    private final int year;
    private final long[] starts;
    private final int[] months;
    private final boolean[] leaps;
    private final long end;

    private LunarYear(int year, long[] starts, int[] months, boolean[] leaps, long end) {
      this.year = year;
      this.starts = starts;
      this.months = months;
      this.leaps = leaps;
      this.end = end;
    }

    static LunarYear of(int year, List<long[]> rows, long end) {
      int n = rows.size();
      long[] starts = new long[n];
      int[] months = new int[n];
      boolean[] leaps = new boolean[n];
      for (int i = 0; i < n; i++) {
        starts[i] = rows.get(i)[0];
        months[i] = (int) rows.get(i)[1];
        leaps[i] = rows.get(i)[2] == 1;
      }
      LunarYear y = new LunarYear(year, starts, months, leaps, end);
      y.check();
      return y;
    }

    private void check() {
      int n = starts.length;
      if (n != 12 && n != 13) {
        throw new IllegalStateException("lunar year " + year + " has " + n + " months");
      }
      int expected = 1;
      for (int i = 0; i < n; i++) {
        int length = length(i);
        if (length != 29 && length != 30) {
          throw new IllegalStateException("lunar year " + year + " month index " + i + " has " + length + " days");
        }
        if (leaps[i]) {
          if (i == 0 || months[i] != months[i - 1] || leaps[i - 1]) {
            throw new IllegalStateException("lunar year " + year + " has a misplaced leap month " + months[i]);
          }
        } else if (months[i] != expected++) {
          throw new IllegalStateException("lunar year " + year + " months out of order at index " + i);
        }
      }
      if (expected != 13) {
        throw new IllegalStateException("lunar year " + year + " does not have months 1–12");
      }
    }

    public int year() {
      return year;
    }

    /** The epoch day of the lunar new year (Tết). */
    public long newYear() {
      return starts[0];
    }

    /** The epoch day of the next lunar year's first day. */
    public long end() {
      return end;
    }

    public int monthCount() {
      return starts.length;
    }

    public long monthStart(int index) {
      return starts[index];
    }

    public int month(int index) {
      return months[index];
    }

    public boolean leap(int index) {
      return leaps[index];
    }

    public int length(int index) {
      long next = index + 1 < starts.length ? starts[index + 1] : end;
      return (int) (next - starts[index]);
    }

    /** The index of the month labelled {@code month}/{@code leap}, or -1 when this year has none. */
    public int indexOf(int month, boolean leap) {
      for (int i = 0; i < starts.length; i++) {
        if (months[i] == month && leaps[i] == leap) {
          return i;
        }
      }
      return -1;
    }

    /** The index of the month containing {@code epochDay} (which must lie within this year). */
    public int indexContaining(long epochDay) {
      if (epochDay < starts[0] || epochDay >= end) {
        throw new IllegalArgumentException(LocalDate.ofEpochDay(epochDay) + " is not in lunar year " + year);
      }
      int i = starts.length - 1;
      while (starts[i] > epochDay) {
        i--;
      }
      return i;
    }
  }
}
