package vn.egov.sdk.core.calendar.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The months of the Vietnamese lunar calendar for the lunar years {@value #FIRST_YEAR}–{@value
 * #LAST_YEAR}, decoded from the precomputed {@link LunarData} table (no astronomy at run time).
 *
 * <p>The table was computed with ICU4J's Chinese calendar for the Vietnamese meridian — UTC+7 for
 * lunar years from {@value #FIRST_UTC7_YEAR}, UTC+8 before, as Vietnamese calendars then followed the
 * Chinese computation — with a short list of corrections where ICU's approximate astronomy disagrees
 * with the published Vietnamese calendar. The generator and the corrections live in the test sources
 * ({@code LunarTableGenerator}, {@code IcuLunarYears}); {@code LunarTableTest} checks that this table
 * is exactly what they produce.
 *
 * <p>Thread-safe; each instance decodes a year on first use (well under a microsecond) and keeps it,
 * immutable. Nothing is shared between instances but the encoded string.
 *
 * <h2>Encoding</h2>
 * One lunar year per {@value #DIGITS} hexadecimal digits in {@link LunarData#YEARS}, from {@value
 * #FIRST_YEAR}. The 24-bit value holds, from the top: the lunar new year's day as a 0-based day of the
 * Gregorian year it falls in (bits 17–22); the leap month, 0 for none, else the number of the month it
 * follows (bits 13–16); and for each month in order, the leap month in its place, whether it has 30
 * days rather than 29 (bit {@code i} for the {@code i}-th month, bits 0–12). A year's last month ends
 * where the next year begins, which is checked when a year is decoded.
 */
public final class LunarTable {
  /** The first lunar year covered: the one in progress on 1 January 1900. */
  public static final int FIRST_YEAR = 1899;
  /** The last lunar year covered: the one in progress on 31 December 2100. */
  public static final int LAST_YEAR = 2100;
  /** The first lunar year computed for UTC+7. */
  public static final int FIRST_UTC7_YEAR = 1968;

  static final int DIGITS = 6;
  private static final int NEW_YEAR_SHIFT = 17;
  private static final int LEAP_SHIFT = 13;
  private static final int LENGTH_BITS = 0x1FFF;

  private final String encoded;
  /** Years decoded so far; a year is decoded on first use (two threads decoding one get equal values). */
  private final AtomicReferenceArray<LunarYear> years = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

  /** The table of {@link LunarData#YEARS}. */
  public LunarTable() {
    this(LunarData.YEARS);
  }

  LunarTable(String encoded) {
    int count = LAST_YEAR - FIRST_YEAR + 1;
    if (encoded.length() != count * DIGITS) {
      throw new IllegalStateException("the lunar table holds " + encoded.length() / (double) DIGITS
          + " years, not " + count);
    }
    this.encoded = encoded;
  }

  /**
   * The months of {@code lunarYear}.
   *
   * @throws IllegalArgumentException when {@code lunarYear} is outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
   *     (the public calendar classes check their ranges first and report them with their own type)
   */
  public LunarYear year(int lunarYear) {
    if (lunarYear < FIRST_YEAR || lunarYear > LAST_YEAR) {
      throw new IllegalArgumentException("lunar year must be within " + FIRST_YEAR + "–" + LAST_YEAR + ", was " + lunarYear);
    }
    int i = lunarYear - FIRST_YEAR;
    LunarYear year = years.get(i);
    if (year == null) {
      year = decode(lunarYear, value(i));
      if (lunarYear < LAST_YEAR) {
        long next = LocalDate.of(lunarYear + 1, 1, 1).toEpochDay() + (value(i + 1) >>> NEW_YEAR_SHIFT);
        if (year.end() != next) {
          throw new IllegalStateException("lunar year " + lunarYear + " ends on " + LocalDate.ofEpochDay(year.end())
              + " but " + (lunarYear + 1) + " begins on " + LocalDate.ofEpochDay(next));
        }
      }
      years.compareAndSet(i, null, year);
    }
    return year;
  }

  private int value(int index) {
    return Integer.parseInt(encoded, index * DIGITS, (index + 1) * DIGITS, 16);
  }

  /** The lunar year in progress on {@code epochDay} (which must lie within the covered range). */
  public LunarYear yearContaining(long epochDay) {
    int lunarYear = LocalDate.ofEpochDay(epochDay).getYear();
    if (lunarYear <= LAST_YEAR && epochDay < year(lunarYear).newYear()) {
      lunarYear--;
    }
    return year(lunarYear);
  }

  /** The table's value for one lunar year (the inverse of {@link #decode}). */
  static int encode(LunarYear year) {
    long jan1 = LocalDate.of(year.year(), 1, 1).toEpochDay();
    long newYearIndex = year.newYear() - jan1;
    if (newYearIndex < 0 || newYearIndex > 63) {
      throw new IllegalArgumentException("lunar year " + year.year() + " begins on day " + newYearIndex
          + " of its Gregorian year; the table holds 0–63");
    }
    int leap = 0;
    int lengths = 0;
    for (int i = 0; i < year.monthCount(); i++) {
      if (year.leap(i)) {
        leap = year.month(i);
      }
      if (year.length(i) == 30) {
        lengths |= 1 << i;
      }
    }
    return (int) newYearIndex << NEW_YEAR_SHIFT | leap << LEAP_SHIFT | lengths;
  }

  static LunarYear decode(int lunarYear, int value) {
    int newYearIndex = value >>> NEW_YEAR_SHIFT;
    int leapMonth = value >>> LEAP_SHIFT & 0xF;
    int lengths = value & LENGTH_BITS;
    if (leapMonth > 12) {
      throw new IllegalStateException("lunar year " + lunarYear + " has a leap month " + leapMonth);
    }
    int n = leapMonth == 0 ? 12 : 13;
    if (lengths >>> n != 0) {
      throw new IllegalStateException("lunar year " + lunarYear + " has lengths for more than " + n + " months");
    }
    long[] starts = new long[n];
    int[] months = new int[n];
    boolean[] leaps = new boolean[n];
    long day = LocalDate.of(lunarYear, 1, 1).toEpochDay() + newYearIndex;
    int number = 1;
    for (int i = 0; i < n; i++) {
      starts[i] = day;
      boolean leap = leapMonth != 0 && i == leapMonth;
      leaps[i] = leap;
      months[i] = leap ? leapMonth : number++;
      day += (lengths >>> i & 1) == 1 ? 30 : 29;
    }
    return LunarYear.of(lunarYear, starts, months, leaps, day);
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

    /**
     * A checked lunar year (the arrays are kept, not copied).
     *
     * @throws IllegalStateException when the months are not 12 or 13 months of 29 or 30 days numbered
     *     1–12 with at most one leap month right after the month it repeats
     */
    static LunarYear of(int year, long[] starts, int[] months, boolean[] leaps, long end) {
      LunarYear y = new LunarYear(year, starts, months, leaps, end);
      y.check();
      return y;
    }

    private void check() {
      int n = starts.length;
      if (n != 12 && n != 13 || months.length != n || leaps.length != n) {
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

    /** Whether {@code other} has the same months, starts and end. */
    boolean sameMonths(LunarYear other) {
      return year == other.year && end == other.end && Arrays.equals(starts, other.starts)
          && Arrays.equals(months, other.months) && Arrays.equals(leaps, other.leaps);
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("lunar year ").append(year).append(':');
      for (int i = 0; i < starts.length; i++) {
        b.append(' ').append(months[i]).append(leaps[i] ? "+" : "").append('@').append(LocalDate.ofEpochDay(starts[i]));
      }
      return b.append(" end ").append(LocalDate.ofEpochDay(end)).toString();
    }
  }
}
