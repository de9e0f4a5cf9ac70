package vn.egov.sdk.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import vn.egov.sdk.core.LocalizedText;
import vn.egov.sdk.core.calendar.internal.HolidayYear;

/**
 * Working days (ngày làm việc) of Vietnamese agencies: weekly rest days, the Labour Code's public
 * holidays (Tết and Hùng Kings' Commemoration from the Vietnamese lunar calendar), compensatory days
 * for holidays on rest days, and the government's yearly decisions added as overrides. Covers the
 * years 1900–2100; every method throws {@link IllegalArgumentException} for a year or date outside.
 *
 * <pre>{@code
 * LocalDate due = WorkingCalendar.vietnam().addWorkingDays(LocalDate.of(2025, 1, 20), 15);
 * WorkingCalendar decided = WorkingCalendar.builder()
 *     .tetHolidays(2025, LocalDate.of(2025, 1, 25), ..., LocalDate.of(2025, 2, 2))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Each year's days off are computed on first use and kept inside the
 * instance, so keep and share an instance rather than building one per call.
 */
public final class WorkingCalendar {
  private static final int FIRST_YEAR = VietnameseLunarCalendar.MIN_DATE.getYear();
  private static final int LAST_YEAR = VietnameseLunarCalendar.MAX_DATE.getYear();

  private final HolidayYear.Settings settings;
  private final Set<LocalDate> workingDays;
  private final VietnameseLunarCalendar lunar = VietnameseLunarCalendar.create();
  private final AtomicReferenceArray<YearData> years = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

  private WorkingCalendar(Builder b) {
    this.settings = new HolidayYear.Settings(Collections.unmodifiableSet(EnumSet.copyOf(b.weekend)), b.rules,
        Map.copyOf(b.tet), Map.copyOf(b.nationalDay), Map.copyOf(b.daysOff));
    this.workingDays = Set.copyOf(b.workingDays);
  }

  /**
   * The calendar of Vietnamese state agencies by the default rules: Saturday and Sunday off,
   * {@link HolidayRules#AS_ENACTED} holidays with the documented default Tết and National Day days,
   * and no yearly decisions. Always the same shared instance.
   */
  public static WorkingCalendar vietnam() {
    return Default.INSTANCE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The weekly rest days. */
  public Set<DayOfWeek> weekend() {
    return settings.weekend();
  }

  public HolidayRules rules() {
    return settings.rules();
  }

  /**
   * The days off of {@code year} other than weekly rest days, in date order: statutory holidays,
   * decreed days and compensatory days. A holiday that falls on a rest day is listed too (with its
   * compensatory day).
   *
   * @throws IllegalArgumentException when {@code year} is outside 1900–2100
   */
  public List<Holiday> holidays(int year) {
    return data(year).holidays;
  }

  /**
   * Whether agencies work on {@code date}: not a weekly rest day (unless decreed a working day) and
   * not a holiday, decreed day off or compensatory day.
   *
   * @throws IllegalArgumentException when {@code date} is outside 1900–2100
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return data(date.getYear()).isWorking(date.getDayOfYear() - 1);
  }

  /**
   * The {@code n}-th working day after {@code from} ({@code from} itself is not counted, and need not
   * be a working day); {@code from} itself when {@code n} is 0. A dossier received on a Friday with
   * a 1-working-day deadline is due on Monday (or later, across holidays).
   *
   * @throws IllegalArgumentException when {@code n} is negative, {@code from} is outside 1900–2100, or
   *     the result would be after 31 December 2100
   */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    Objects.requireNonNull(from, "from");
    if (n < 0) {
      throw new IllegalArgumentException("the number of working days must not be negative, was " + n);
    }
    YearData year = data(from.getYear());
    if (n == 0) {
      return from;
    }
    int index = from.getDayOfYear(); // the day after from, as a 0-based index into its year
    long remaining = n;
    while (true) {
      int available = year.workingFrom(index);
      if (remaining <= available) {
        return year.start.plusDays(year.indexOfWorkingDay(index, (int) remaining));
      }
      remaining -= available;
      if (year.start.getYear() == LAST_YEAR) {
        throw CalendarRangeException.result(n + " working days after " + from);
      }
      year = data(year.start.getYear() + 1);
      index = 0;
    }
  }

  private YearData data(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw CalendarRangeException.year(year);
    }
    int i = year - FIRST_YEAR;
    YearData d = years.get(i);
    if (d == null) {
      d = new YearData(year, HolidayYear.compute(year, settings, lunar), settings.weekend(), workingDays);
      years.compareAndSet(i, null, d);
    }
    return d;
  }

  /** One year's days off, with cumulative working-day counts for quick arithmetic. */
  private static final class YearData {
    final LocalDate start;
    final List<Holiday> holidays;
    /** {@code cumulative[i]}: working days among the first {@code i} days of the year. */
    final int[] cumulative;

    YearData(int year, List<Holiday> holidays, Set<DayOfWeek> weekend, Set<LocalDate> workingDays) {
      this.start = LocalDate.of(year, 1, 1);
      this.holidays = holidays;
      int length = start.lengthOfYear();
      boolean[] off = new boolean[length];
      for (int i = 0; i < length; i++) {
        off[i] = weekend.contains(start.plusDays(i).getDayOfWeek());
      }
      for (Holiday h : holidays) {
        off[h.date().getDayOfYear() - 1] = true;
      }
      for (LocalDate d : workingDays) {
        if (d.getYear() == year) {
          off[d.getDayOfYear() - 1] = false;
        }
      }
      cumulative = new int[length + 1];
      for (int i = 0; i < length; i++) {
        cumulative[i + 1] = cumulative[i] + (off[i] ? 0 : 1);
      }
    }

    boolean isWorking(int index) {
      return cumulative[index + 1] > cumulative[index];
    }

    /** Working days from {@code index} (0-based) to the end of the year. */
    int workingFrom(int index) {
      return cumulative[cumulative.length - 1] - cumulative[index];
    }

    /** The index of the {@code k}-th (1-based) working day at or after {@code index}. */
    int indexOfWorkingDay(int index, int k) {
      int target = cumulative[index] + k;
      int pos = Arrays.binarySearch(cumulative, index + 1, cumulative.length, target);
      // Several positions can hold target; the first one is the working day itself.
      if (pos < 0) {
        throw new IllegalStateException("working day count not found");
      }
      while (pos > index + 1 && cumulative[pos - 1] == target) {
        pos--;
      }
      return pos - 1;
    }
  }

  private static final class Default {
    static final WorkingCalendar INSTANCE = builder().build();
  }

  /**
   * Builds a {@link WorkingCalendar}. Every method checks its arguments at once and throws
   * {@link IllegalArgumentException} naming the problem; {@link #build()} checks what depends on
   * several settings.
   */
  public static final class Builder {
    private Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private HolidayRules rules = HolidayRules.AS_ENACTED;
    private final Map<Integer, List<LocalDate>> tet = new LinkedHashMap<>();
    private final Map<Integer, List<LocalDate>> nationalDay = new LinkedHashMap<>();
    private final Map<LocalDate, LocalizedText> daysOff = new LinkedHashMap<>();
    private final Set<LocalDate> workingDays = new TreeSet<>();

    private Builder() {}

    /** The weekly rest days (Saturday and Sunday unless set); none is allowed, all seven are not. */
    public Builder weekend(DayOfWeek... days) {
      Objects.requireNonNull(days, "days");
      EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
      for (DayOfWeek d : days) {
        set.add(Objects.requireNonNull(d, "weekend day"));
      }
      if (set.size() == 7) {
        throw new IllegalArgumentException("the weekend cannot be all seven days of the week");
      }
      this.weekend = set;
      return this;
    }

    /** The statutory holiday set ({@link HolidayRules#AS_ENACTED} unless set). */
    public Builder rules(HolidayRules rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * The government's Tết days for {@code year}, replacing the default rule (the lunar new year's
     * eve and the following days). List every day off the decision gives, including days that are
     * compensation for rest days: replaced days get no compensatory days of their own.
     */
    public Builder tetHolidays(int year, LocalDate... days) {
      tet.put(checkNewYear(tet, year, "Tết"), checkDays(year, days, "Tết"));
      return this;
    }

    /**
     * The government's National Day days for {@code year}, replacing the default rule (2 September
     * and, since 2021, an adjacent day). Like {@link #tetHolidays}, list every day off.
     */
    public Builder nationalDayHolidays(int year, LocalDate... days) {
      nationalDay.put(checkNewYear(nationalDay, year, "National Day"), checkDays(year, days, "National Day"));
      return this;
    }

    /** An extra day off decreed by the government (for example a bridge day or a national mourning). */
    public Builder dayOff(LocalDate date, LocalizedText name) {
      checkDate(date);
      Objects.requireNonNull(name, "name");
      if (daysOff.containsKey(date)) {
        throw new IllegalArgumentException("day off " + date + " is already set");
      }
      daysOff.put(date, name);
      return this;
    }

    /**
     * A weekly rest day that the government made a working day (usually in exchange for a day off
     * added with {@link #dayOff}). It is a working day whatever else falls on it.
     */
    public Builder workingDay(LocalDate date) {
      checkDate(date);
      if (!workingDays.add(date)) {
        throw new IllegalArgumentException("working day " + date + " is already set");
      }
      return this;
    }

    /**
     * @throws IllegalArgumentException when a declared working day is not a weekly rest day or is
     *     also declared a day off
     */
    public WorkingCalendar build() {
      for (LocalDate d : workingDays) {
        if (!weekend.contains(d.getDayOfWeek())) {
          throw new IllegalArgumentException("working day " + d + " is a " + d.getDayOfWeek()
              + ", not a weekly rest day " + weekend);
        }
        if (daysOff.containsKey(d)) {
          throw new IllegalArgumentException(d + " is declared both a working day and a day off");
        }
      }
      return new WorkingCalendar(this);
    }

    private static int checkNewYear(Map<Integer, List<LocalDate>> map, int year, String what) {
      VietnameseLunarCalendar.checkYear(year);
      if (map.containsKey(year)) {
        throw new IllegalArgumentException(what + " days of " + year + " are already set");
      }
      return year;
    }

    private static List<LocalDate> checkDays(int year, LocalDate[] days, String what) {
      Objects.requireNonNull(days, "days");
      if (days.length == 0) {
        throw new IllegalArgumentException(what + " of " + year + " needs at least one day");
      }
      TreeSet<LocalDate> set = new TreeSet<>();
      for (LocalDate d : days) {
        Objects.requireNonNull(d, what + " day");
        if (d.getYear() != year) {
          throw new IllegalArgumentException(what + " day " + d + " is not in " + year);
        }
        if (!set.add(d)) {
          throw new IllegalArgumentException(what + " day " + d + " is listed twice");
        }
      }
      return List.copyOf(set);
    }

    private static void checkDate(LocalDate date) {
      Objects.requireNonNull(date, "date");
      VietnameseLunarCalendar.checkYear(date.getYear());
    }
  }
}
