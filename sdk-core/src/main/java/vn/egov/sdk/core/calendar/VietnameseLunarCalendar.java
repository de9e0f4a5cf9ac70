package vn.egov.sdk.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import vn.egov.sdk.core.calendar.internal.LunarTable;

/**
 * Converts between the Gregorian calendar and the Vietnamese lunar calendar for the days from
 * 1 January 1900 to 31 December 2100.
 *
 * <p>The months come from a precomputed table shipped in the jar (about 1 KB): the Chinese lunisolar
 * rules computed for the UTC+7 meridian, as Vietnam's calendar is since lunar year 1968, and for UTC+8
 * before (the Chinese calendar is computed for UTC+8, which moves the start of a month, and sometimes
 * of the new year, whenever a new moon falls in the hour before midnight in Vietnam: Tết 1985 was
 * 21 January in Vietnam and 20 February in China). The table was generated with ICU4J and corrected
 * where ICU's approximate astronomy disagrees with the published Vietnamese calendar; no library is
 * needed at run time. See {@code docs/sdk-core-calendar.md}.
 *
 * <p>Immutable and thread-safe. Every method that is given, or would give, a day outside the range
 * throws {@link CalendarRangeException}.
 */
public final class VietnameseLunarCalendar {
  /** The first Gregorian day covered. */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
  /** The last Gregorian day covered. */
  public static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);

  private final LunarTable table = new LunarTable();

  private VietnameseLunarCalendar() {}

  public static VietnameseLunarCalendar create() {
    return new VietnameseLunarCalendar();
  }

  /**
   * The lunar date of a Gregorian day.
   *
   * @throws CalendarRangeException when {@code date} is before {@link #MIN_DATE} or after {@link #MAX_DATE}
   */
  public LunarDate toLunar(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkRange(date);
    long day = date.toEpochDay();
    LunarTable.LunarYear year = table.yearContaining(day);
    int i = year.indexContaining(day);
    return new LunarDate(year.year(), year.month(i), (int) (day - year.monthStart(i)) + 1, year.leap(i));
  }

  /**
   * The Gregorian day of a lunar date.
   *
   * @throws IllegalArgumentException when the lunar year has no such month (a leap month it does not
   *     have) or the month has no such day (day 30 of a 29-day month)
   * @throws CalendarRangeException when the lunar year is not covered or the day falls outside
   *     {@link #MIN_DATE}–{@link #MAX_DATE}
   */
  public LocalDate toSolar(LunarDate date) {
    Objects.requireNonNull(date, "date");
    LunarTable.LunarYear year = lunarYear(date.year());
    int i = year.indexOf(date.month(), date.leapMonth());
    if (i < 0) {
      throw new IllegalArgumentException("lunar year " + date.year() + " has no leap month " + date.month());
    }
    if (date.day() > year.length(i)) {
      throw new IllegalArgumentException("lunar month " + date.month() + (date.leapMonth() ? " (leap)" : "")
          + " of " + date.year() + " has " + year.length(i) + " days, not " + date.day());
    }
    LocalDate solar = LocalDate.ofEpochDay(year.monthStart(i) + date.day() - 1);
    checkRange(solar);
    return solar;
  }

  /**
   * The first day (Tết) of the lunar year that begins in Gregorian {@code year} (1900–2100).
   *
   * @throws CalendarRangeException when {@code year} is outside 1900–2100
   */
  public LocalDate newYear(int year) {
    checkYear(year);
    return LocalDate.ofEpochDay(table.year(year).newYear());
  }

  /**
   * The number of days (29 or 30) of a lunar month.
   *
   * @throws IllegalArgumentException when the lunar year has no such month
   * @throws CalendarRangeException when the lunar year is not covered
   */
  public int monthLength(int lunarYear, int month, boolean leapMonth) {
    LunarTable.LunarYear year = lunarYear(lunarYear);
    int i = year.indexOf(month, leapMonth);
    if (i < 0) {
      throw new IllegalArgumentException("lunar year " + lunarYear + " has no " + (leapMonth ? "leap " : "") + "month " + month);
    }
    return year.length(i);
  }

  /**
   * The leap month (1–12) of a lunar year, or 0 when it has none.
   *
   * @throws CalendarRangeException when the lunar year is not covered
   */
  public int leapMonth(int lunarYear) {
    LunarTable.LunarYear year = lunarYear(lunarYear);
    for (int i = 0; i < year.monthCount(); i++) {
      if (year.leap(i)) {
        return year.month(i);
      }
    }
    return 0;
  }

  private LunarTable.LunarYear lunarYear(int lunarYear) {
    if (lunarYear < LunarTable.FIRST_YEAR || lunarYear > LunarTable.LAST_YEAR) {
      throw CalendarRangeException.lunarYear(lunarYear, LunarTable.FIRST_YEAR, LunarTable.LAST_YEAR);
    }
    return table.year(lunarYear);
  }

  private static void checkRange(LocalDate date) {
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw CalendarRangeException.date(date);
    }
  }

  static void checkYear(int year) {
    if (year < MIN_DATE.getYear() || year > MAX_DATE.getYear()) {
      throw CalendarRangeException.year(year);
    }
  }
}
