package vn.egov.sdk.core.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import vn.egov.sdk.core.LocalizedText;
import vn.egov.sdk.core.calendar.internal.HolidayYear;

/**
 * Working days (ngày làm việc) of Vietnamese agencies: weekly rest days, the Labour Code's public
 * holidays (Tết and Hùng Kings' Commemoration from the Vietnamese lunar calendar), days in lieu of
 * holidays on rest days, and the government's decisions year by year — which days Tết and National
 * Day are, and the working days swapped for a Saturday. Covers the years 1900–2100; every method
 * throws {@link CalendarRangeException} for a year or date outside.
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.vietnam();        // the rules and the decisions shipped
 * LocalDate due = calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 1);   // 2025-02-03: Tết as decided
 * LocalDate end = calendar.addCalendarDays(LocalDate.of(2025, 4, 18), 15); // 2025-05-05 (Civil Code Art. 148)
 * WorkingCalendar mine = WorkingCalendar.builder()
 *     .decision(HolidayDecision.builder(2027).tet(…).source(…).build())   // a year the SDK lacks
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Each year's days off are computed on first use and kept inside the
 * instance (a few microseconds a year), so keep and share an instance rather than building one per
 * call; nothing is kept between instances.
 */
public final class WorkingCalendar {
  private static final int FIRST_YEAR = VietnameseLunarCalendar.MIN_DATE.getYear();
  private static final int LAST_YEAR = VietnameseLunarCalendar.MAX_DATE.getYear();

  private final HolidayYear.Settings settings;
  private final Set<LocalDate> workingDays;
  private final HolidayDecisions decisions;
  private final VietnameseLunarCalendar lunar = VietnameseLunarCalendar.create();
  private final AtomicReferenceArray<YearData> years = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

  private WorkingCalendar(Builder b) {
    HolidayDecisions effective = b.decisions;
    for (HolidayDecision d : b.decisionOverrides.values()) {
      effective = effective.with(d);
    }
    this.decisions = effective;
    Map<Integer, List<LocalDate>> tet = new HashMap<>();
    Map<Integer, List<LocalDate>> nationalDay = new HashMap<>();
    Map<LocalDate, LocalDate> swaps = new HashMap<>();
    Set<LocalDate> worked = new TreeSet<>();
    for (HolidayDecision d : effective.all()) {
      if (d.decidesTet()) {
        tet.put(d.year(), d.tet());
      }
      if (d.decidesNationalDay()) {
        nationalDay.put(d.year(), d.nationalDay());
      }
      for (HolidayDecision.Swap swap : d.swaps()) {
        swaps.put(swap.dayOff(), swap.workedInstead());
        // A calendar with another weekend already works that day: the swap only gives the day off.
        if (b.weekend.contains(swap.workedInstead().getDayOfWeek())) {
          worked.add(swap.workedInstead());
        }
      }
    }
    // What the builder was told explicitly wins over the decisions.
    tet.putAll(b.tet);
    nationalDay.putAll(b.nationalDay);
    swaps.keySet().removeAll(b.daysOff.keySet());
    worked.removeAll(b.daysOff.keySet());
    worked.addAll(b.workingDays);
    this.settings = new HolidayYear.Settings(Collections.unmodifiableSet(EnumSet.copyOf(b.weekend)), b.rules,
        Map.copyOf(tet), Map.copyOf(nationalDay), Map.copyOf(b.daysOff), Map.copyOf(swaps), List.copyOf(b.recurring));
    this.workingDays = Collections.unmodifiableSet(worked);
  }

  /**
   * The calendar of Vietnamese state agencies: Saturday and Sunday off, {@link HolidayRules#AS_ENACTED}
   * holidays, and {@link HolidayDecisions#vietnam() the government's decisions} the SDK ships for the
   * years they cover (the rules for the others). The same as {@code builder().build()}: a new
   * calendar on each call, so keep the one you use.
   */
  public static WorkingCalendar vietnam() {
    return builder().build();
  }

  /** A builder starting from the settings of {@link #vietnam()}. */
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

  /** The decisions this calendar follows: the set it was built with and the years added to it. */
  public HolidayDecisions decisions() {
    return decisions;
  }

  /**
   * The government's decision this calendar follows for {@code year}, or empty when the year is by
   * the rules alone ("rule-based").
   *
   * @throws CalendarRangeException when {@code year} is outside 1900–2100
   */
  public Optional<HolidayDecision> decision(int year) {
    VietnameseLunarCalendar.checkYear(year);
    return decisions.get(year);
  }

  /**
   * The days off of {@code year} other than weekly rest days, in date order: statutory holidays,
   * decreed days (a decided Tết or National Day, a swapped day off) and compensatory days. A holiday
   * that falls on a rest day is listed too (with its compensatory day).
   *
   * @throws CalendarRangeException when {@code year} is outside 1900–2100
   */
  public List<Holiday> holidays(int year) {
    return data(year).holidays;
  }

  /**
   * The weekly rest days of {@code year} that agencies work, in date order: the Saturdays the
   * decisions swap for a day off, and those the builder declared.
   *
   * @throws CalendarRangeException when {@code year} is outside 1900–2100
   */
  public List<LocalDate> decreedWorkingDays(int year) {
    VietnameseLunarCalendar.checkYear(year);
    return workingDays.stream().filter(d -> d.getYear() == year).sorted().toList();
  }

  /**
   * Whether agencies work on {@code date}: not a weekly rest day (unless decreed a working day) and
   * not a holiday, decreed day off or compensatory day.
   *
   * @throws CalendarRangeException when {@code date} is outside 1900–2100
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
   * @throws IllegalArgumentException when {@code n} is negative
   * @throws CalendarRangeException when {@code from} is outside 1900–2100 or the result would be
   *     after 31 December 2100
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

  /**
   * The last day of a period of {@code days} calendar days (ngày) that starts on {@code from}, as the
   * Civil Code 2015 counts it: the first day is not counted (Art. 147(2)), the period ends at the end
   * of its last day (Art. 148(1)), and when that day is a weekly rest day or a holiday it ends at the
   * end of the next working day (Art. 148(5)). 15 days from 18 April 2025 end on Saturday 3 May,
   * so on Monday 5 May; 15 days from 15 April 2025 end on 30 April, a holiday, and then 1 and 2 May
   * (a holiday and a swapped day off) and the weekend follow, so on 5 May too. {@code from} itself
   * when {@code days} is 0.
   *
   * @throws IllegalArgumentException when {@code days} is negative
   * @throws CalendarRangeException when {@code from} is outside 1900–2100 or the result would be
   *     after 31 December 2100
   */
  public LocalDate addCalendarDays(LocalDate from, int days) {
    Objects.requireNonNull(from, "from");
    if (days < 0) {
      throw new IllegalArgumentException("the number of days must not be negative, was " + days);
    }
    data(from.getYear());
    return days == 0 ? from : periodEnd(from, from.plusDays(days), days + " days after " + from);
  }

  /**
   * The last day of a period of weeks, months or years (or days) that starts on {@code from}, by the
   * Civil Code 2015: the period ends on the corresponding day of its last week, month or year, the
   * last day of that month when it has no corresponding day (Art. 148(2)–(4)), and on the next
   * working day when that day is a weekly rest day or a holiday (Art. 148(5)). One month from
   * 31 January 2025 ends on 28 February 2025; three months from 2 June 2025 end on Tuesday 2 September,
   * National Day, so on Wednesday 3 September. {@code from} itself for a zero period.
   *
   * @throws IllegalArgumentException when a part of {@code period} is negative
   * @throws CalendarRangeException when {@code from} is outside 1900–2100 or the result would be
   *     after 31 December 2100
   */
  public LocalDate addCalendarPeriod(LocalDate from, Period period) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(period, "period");
    if (period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
      throw new IllegalArgumentException("the period must not be negative, was " + period);
    }
    data(from.getYear());
    if (period.isZero()) {
      return from;
    }
    LocalDate end;
    try {
      end = from.plus(period);
    } catch (DateTimeException tooFar) {
      throw CalendarRangeException.result(period + " after " + from);
    }
    return periodEnd(from, end, period + " after " + from);
  }

  private LocalDate periodEnd(LocalDate from, LocalDate end, String what) {
    if (end.isAfter(VietnameseLunarCalendar.MAX_DATE)) {
      throw CalendarRangeException.result(what);
    }
    if (isWorkingDay(end)) {
      return end;
    }
    if (end.equals(VietnameseLunarCalendar.MAX_DATE)) {
      throw CalendarRangeException.result("the working day after " + what);
    }
    return addWorkingDays(end, 1);
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
      boolean[] rest = new boolean[7];
      for (DayOfWeek d : weekend) {
        rest[d.ordinal()] = true;
      }
      boolean[] off = new boolean[length];
      int firstDay = start.getDayOfWeek().ordinal();
      for (int i = 0; i < length; i++) {
        off[i] = rest[(firstDay + i) % 7];
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
    private HolidayDecisions decisions = HolidayDecisions.vietnam();
    private final Map<Integer, HolidayDecision> decisionOverrides = new LinkedHashMap<>();
    private final List<RecurringHoliday> recurring = new ArrayList<>();

    private Builder() {}

    /**
     * The government's decisions to follow ({@link HolidayDecisions#vietnam()} unless set);
     * {@link HolidayDecisions#none()} for a calendar by the rules alone. The decisions are written for
     * the civil service's Saturday–Sunday week; with another {@link #weekend} their days off still
     * apply and a Saturday they swap in is simply a working day.
     */
    public Builder decisions(HolidayDecisions decisions) {
      this.decisions = Objects.requireNonNull(decisions, "decisions");
      return this;
    }

    /**
     * The decision for {@code decision.year()}, added to the decisions or replacing theirs for that
     * year — a year the SDK does not ship yet, or a correction.
     *
     * @throws IllegalArgumentException when a decision for that year was already given to this builder
     */
    public Builder decision(HolidayDecision decision) {
      Objects.requireNonNull(decision, "decision");
      if (decisionOverrides.putIfAbsent(decision.year(), decision) != null) {
        throw new IllegalArgumentException("the decision of " + decision.year() + " is already set");
      }
      return this;
    }

    /**
     * A public holiday a law adds (or added) from a given year, compensated like the Labour Code's
     * own unless it says otherwise.
     *
     * @throws IllegalArgumentException when the same day is already a recurring holiday in an
     *     overlapping span of years
     */
    public Builder recurringHoliday(RecurringHoliday holiday) {
      Objects.requireNonNull(holiday, "holiday");
      for (RecurringHoliday r : recurring) {
        boolean sameDay = r.lunar() == holiday.lunar() && r.month() == holiday.month() && r.day() == holiday.day();
        boolean overlap = r.fromYear() <= holiday.untilYear() && holiday.fromYear() <= r.untilYear();
        if (sameDay && overlap) {
          throw new IllegalArgumentException("a recurring holiday on " + holiday.day() + "/" + holiday.month()
              + (holiday.lunar() ? " (lunar)" : "") + " is already set for " + r.fromYear() + "–" + r.untilYear());
        }
      }
      recurring.add(holiday);
      return this;
    }

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
     * The Tết days off of {@code year}, replacing the rule (the lunar new year's eve and the following
     * days) and any decision's Tết for that year. List every day off, including days in lieu of Tết
     * days on rest days: replaced days get no compensatory days of their own.
     */
    public Builder tetHolidays(int year, LocalDate... days) {
      tet.put(checkNewYear(tet, year, "Tết"), checkDays(year, days, "Tết"));
      return this;
    }

    /**
     * The National Day days off of {@code year}, replacing the rule (2 September and, since 2021, an
     * adjacent day) and any decision's for that year. Like {@link #tetHolidays}, list every day off.
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
