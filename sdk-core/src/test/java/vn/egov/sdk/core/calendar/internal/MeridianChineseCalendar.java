package vn.egov.sdk.core.calendar.internal;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * ICU's Chinese lunisolar calendar with the astronomical computations (new moons, solar terms, the
 * day a month begins) done for a chosen meridian. ICU itself uses UTC+8 for China and UTC+9 for
 * Korea ({@code DangiCalendar}, through this same protected constructor); Vietnam's calendar is
 * computed for UTC+7.
 *
 * <p>The calendar's own time zone is UTC, so {@code setTimeInMillis(epochDay * 86_400_000)} selects
 * exactly that civil day. Like every ICU calendar an instance is mutable and not thread-safe: create
 * one per computation.
 */
public final class MeridianChineseCalendar extends ChineseCalendar {
  private static final long serialVersionUID = 1L;
  /** ICU's epoch of the Chinese calendar (its year 1 is 2637 BCE). */
  private static final int CHINESE_EPOCH_YEAR = -2636;
  /** Extended ICU year minus this is the Gregorian year in which the lunar year begins. */
  static final int EXTENDED_YEAR_OFFSET = 2637;
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private final int utcOffsetHours;

  @SuppressWarnings("deprecation") // ICU marks the constructor internal; DangiCalendar relies on it the same way.
  private MeridianChineseCalendar(int utcOffsetHours) {
    super(TimeZone.GMT_ZONE, ULocale.ROOT, CHINESE_EPOCH_YEAR,
        new SimpleTimeZone(utcOffsetHours * 3_600_000, "UTC+" + utcOffsetHours));
    this.utcOffsetHours = utcOffsetHours;
  }

  /** The meridian this calendar computes for, in hours east of UTC. */
  public int utcOffsetHours() {
    return utcOffsetHours;
  }

  /** A fresh calendar computing for {@code UTC+utcOffsetHours}. */
  public static MeridianChineseCalendar forUtcOffset(int utcOffsetHours) {
    return new MeridianChineseCalendar(utcOffsetHours);
  }

  /** Moves this calendar to the civil day {@code epochDay} (days since 1970-01-01). */
  public void setEpochDay(long epochDay) {
    setTimeInMillis(epochDay * MILLIS_PER_DAY);
  }

  /** The Gregorian year in which the current lunar year begins. */
  public int lunarYear() {
    return get(EXTENDED_YEAR) - EXTENDED_YEAR_OFFSET;
  }

  /** The current lunar month, 1–12. */
  public int lunarMonth() {
    return get(MONTH) + 1;
  }

  public boolean isLeapMonth() {
    return get(IS_LEAP_MONTH) == 1;
  }

  public int lunarDay() {
    return get(DAY_OF_MONTH);
  }

  /** The civil day (epoch day) of the first day of the given lunar year, as ICU computes it. */
  public long newYearEpochDay(int lunarYear) {
    clear();
    set(EXTENDED_YEAR, lunarYear + EXTENDED_YEAR_OFFSET);
    set(MONTH, 0);
    set(IS_LEAP_MONTH, 0);
    set(DAY_OF_MONTH, 1);
    return Math.floorDiv(getTimeInMillis(), MILLIS_PER_DAY);
  }
}
