package vn.egov.sdk.core.calendar;

import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The government's decision on one year's days off for the civil service, as published: which days
 * are Tết and National Day (the Labour Code leaves them to the Prime Minister, Art. 112(3)) and which
 * working days are swapped for a weekly rest day, each decision with the documents it comes from.
 * A {@link WorkingCalendar} uses it instead of the rule for what it decides and the rule for the rest.
 *
 * <pre>{@code
 * HolidayDecision y2027 = HolidayDecision.builder(2027)
 *     .tet(LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 8))       // every Tết day off, first to last
 *     .swap(LocalDate.of(2027, 4, 29), LocalDate.of(2027, 5, 8))     // a weekday off, a Saturday worked
 *     .source(new HolidayDecision.Source("Thông báo …/TB-BNV", "Bộ Nội vụ", LocalDate.of(2026, 10, 1), null))
 *     .build();
 * }</pre>
 *
 * @param year the year decided (a swap of its New Year's Day may fall in December of the year before)
 * @param tet every Tết day off the decision gives, in date order: the five days of Tết and the days
 *     given in lieu of those that fall on a weekly rest day (the surrounding ordinary weekends need not
 *     be listed); empty when the decision leaves Tết to the rule
 * @param nationalDay every National Day day off likewise (2 September, the adjacent day, a day in
 *     lieu); empty when the decision leaves National Day to the rule
 * @param swaps the working days given off in exchange for a weekly rest day worked
 * @param sources the decision's documents, at least one
 */
public record HolidayDecision(int year, List<LocalDate> tet, List<LocalDate> nationalDay, List<Swap> swaps,
    List<Source> sources) {

  /**
   * Checks everything at once.
   *
   * @throws IllegalArgumentException naming the problem: a year outside 1900–2100, a Tết day not in
   *     January or February of {@code year}, a National Day day not in August or September of {@code
   *     year}, a day listed twice or under two headings, a swap outside {@code year} and the December
   *     before it, or no source
   */
  public HolidayDecision {
    VietnameseLunarCalendar.checkYear(year);
    tet = days(year, tet, "Tết", 1, 2);
    nationalDay = days(year, nationalDay, "National Day", 8, 9);
    Objects.requireNonNull(swaps, "swaps");
    Objects.requireNonNull(sources, "sources");
    swaps = List.copyOf(swaps);
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("the decision of " + year + " needs at least one source");
    }
    Set<LocalDate> seen = new HashSet<>(tet);
    for (LocalDate d : nationalDay) {
      seen.add(d);
    }
    for (Swap s : swaps) {
      for (LocalDate d : List.of(s.dayOff(), s.workedInstead())) {
        boolean inWindow = d.getYear() == year || d.getYear() == year - 1 && d.getMonthValue() == 12;
        if (!inWindow) {
          throw new IllegalArgumentException("swap day " + d + " is neither in " + year + " nor in December " + (year - 1));
        }
        if (!seen.add(d)) {
          throw new IllegalArgumentException("day " + d + " is listed twice in the decision of " + year);
        }
      }
    }
  }

  /** A builder for the decision of {@code year}; {@link Builder#build()} runs the checks. */
  public static Builder builder(int year) {
    return new Builder(year);
  }

  /** Whether the decision fixes the Tết days (else the rule gives them). */
  public boolean decidesTet() {
    return !tet.isEmpty();
  }

  /** Whether the decision fixes the National Day days (else the rule gives them). */
  public boolean decidesNationalDay() {
    return !nationalDay.isEmpty();
  }

  private static List<LocalDate> days(int year, List<LocalDate> days, String what, int firstMonth, int lastMonth) {
    Objects.requireNonNull(days, what);
    TreeSet<LocalDate> sorted = new TreeSet<>();
    for (LocalDate d : days) {
      Objects.requireNonNull(d, what + " day");
      if (d.getYear() != year || d.getMonthValue() < firstMonth || d.getMonthValue() > lastMonth) {
        throw new IllegalArgumentException(what + " day " + d + " is not in " + monthName(firstMonth) + "–"
            + monthName(lastMonth) + " " + year);
      }
      if (!sorted.add(d)) {
        throw new IllegalArgumentException(what + " day " + d + " is listed twice");
      }
    }
    return List.copyOf(sorted);
  }

  private static String monthName(int month) {
    return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /**
   * A working day given off in exchange for a weekly rest day worked (hoán đổi ngày làm việc), e.g.
   * Friday 2 May 2025 off and Saturday 26 April 2025 worked.
   *
   * @param dayOff the working day given off
   * @param workedInstead the weekly rest day worked in exchange
   */
  public record Swap(LocalDate dayOff, LocalDate workedInstead) {
    public Swap {
      Objects.requireNonNull(dayOff, "dayOff");
      Objects.requireNonNull(workedInstead, "workedInstead");
      if (dayOff.equals(workedInstead)) {
        throw new IllegalArgumentException("a swap needs two different days, was " + dayOff + " twice");
      }
    }
  }

  /**
   * A document a decision comes from.
   *
   * @param document its kind and number as published, e.g. {@code Thông báo 9441/TB-BNV}, or, when
   *     the number could not be found, what it is
   * @param issuer who issued it, e.g. {@code Bộ Nội vụ}
   * @param issued the day it was signed, or {@code null} when not known
   * @param reference where its text (or a report of it) was read, or {@code null}
   */
  public record Source(String document, String issuer, LocalDate issued, URI reference) {
    public Source {
      document = text(document, "document");
      issuer = text(issuer, "issuer");
    }

    private static String text(String value, String name) {
      Objects.requireNonNull(value, name);
      String clean = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
      if (clean.isEmpty()) {
        throw new IllegalArgumentException("the source's " + name + " must not be blank");
      }
      return clean;
    }
  }

  /** Collects a decision; every method checks its argument at once, {@link #build()} the whole. */
  public static final class Builder {
    private final int year;
    private final List<LocalDate> tet = new ArrayList<>();
    private final List<LocalDate> nationalDay = new ArrayList<>();
    private final List<Swap> swaps = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();

    private Builder(int year) {
      VietnameseLunarCalendar.checkYear(year);
      this.year = year;
    }

    /** Tết days off from {@code first} to {@code last}, both included. */
    public Builder tet(LocalDate first, LocalDate last) {
      tet.addAll(range(first, last));
      return this;
    }

    /** One more Tết day off (for a break that is not one run of days). */
    public Builder tetDay(LocalDate day) {
      tet.add(Objects.requireNonNull(day, "day"));
      return this;
    }

    /** National Day days off from {@code first} to {@code last}, both included. */
    public Builder nationalDay(LocalDate first, LocalDate last) {
      nationalDay.addAll(range(first, last));
      return this;
    }

    /** One more National Day day off (2023: 1 and 2 September and Monday 4 September in lieu). */
    public Builder nationalDayDay(LocalDate day) {
      nationalDay.add(Objects.requireNonNull(day, "day"));
      return this;
    }

    /** {@code dayOff} given off, {@code workedInstead} (a weekly rest day) worked. */
    public Builder swap(LocalDate dayOff, LocalDate workedInstead) {
      swaps.add(new Swap(dayOff, workedInstead));
      return this;
    }

    public Builder source(Source source) {
      sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /** @throws IllegalArgumentException as the {@link HolidayDecision} constructor does */
    public HolidayDecision build() {
      return new HolidayDecision(year, tet, nationalDay, swaps, sources);
    }

    private static List<LocalDate> range(LocalDate first, LocalDate last) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("range " + first + "–" + last + " ends before it begins");
      }
      if (last.toEpochDay() - first.toEpochDay() > 31) {
        throw new IllegalArgumentException("range " + first + "–" + last + " is longer than a month");
      }
      return first.datesUntil(last.plusDays(1)).toList();
    }
  }
}
