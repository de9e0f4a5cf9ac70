package vn.egov.sdk.core.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.egov.sdk.core.calendar.Holiday;
import vn.egov.sdk.core.calendar.HolidayRules;
import vn.egov.sdk.core.LocalizedText;
import vn.egov.sdk.core.calendar.LunarDate;
import vn.egov.sdk.core.calendar.VietnameseLunarCalendar;

/**
 * Computes one year's days off: the statutory holidays of the rule set, the government's
 * replacements and extra days, and the compensatory days for statutory holidays on weekly rest days.
 */
public final class HolidayYear {
  static final LocalizedText NEW_YEAR = LocalizedText.of("Tết Dương lịch", "New Year's Day");
  static final LocalizedText TET = LocalizedText.of("Tết Nguyên đán", "Lunar New Year (Tết)");
  static final LocalizedText HUNG_KINGS = LocalizedText.of("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day");
  static final LocalizedText VICTORY = LocalizedText.of("Ngày Chiến thắng", "Reunification Day");
  static final LocalizedText LABOUR = LocalizedText.of("Ngày Quốc tế Lao động", "International Labour Day");
  static final LocalizedText NATIONAL = LocalizedText.of("Quốc khánh", "National Day");

  /**
   * What a calendar's builder collected.
   *
   * @param weekend the weekly rest days
   * @param rules the statutory holiday set
   * @param tet per year, the government's Tết days replacing the default rule
   * @param nationalDay per year, the government's National Day days replacing the default rule
   * @param daysOff extra days off decreed
   */
  public record Settings(Set<DayOfWeek> weekend, HolidayRules rules, Map<Integer, List<LocalDate>> tet,
      Map<Integer, List<LocalDate>> nationalDay, Map<LocalDate, LocalizedText> daysOff) {}

  private HolidayYear() {}

  /** The days off of {@code year}, in date order. */
  public static List<Holiday> compute(int year, Settings settings, VietnameseLunarCalendar lunar) {
    HolidayRules rules = settings.rules();
    List<Holiday> statutory = new ArrayList<>();
    List<Holiday> all = new ArrayList<>();
    statutory.add(fixed(LocalDate.of(year, Month.JANUARY, 1), NEW_YEAR));
    List<LocalDate> tetDays = settings.tet().get(year);
    if (tetDays != null) {
      tetDays.forEach(d -> all.add(new Holiday(d, TET, Holiday.Kind.DECREED)));
    } else {
      LocalDate newYear = lunar.newYear(year);
      // The lunar new year's eve (the last day of the old year) and the first days of the new one.
      for (int i = -1; i < rules.tetDays(year) - 1; i++) {
        statutory.add(new Holiday(newYear.plusDays(i), TET, Holiday.Kind.LUNAR));
      }
    }
    if (rules.hasHungKingsDay(year)) {
      statutory.add(new Holiday(lunar.toSolar(LunarDate.of(year, 3, 10)), HUNG_KINGS, Holiday.Kind.LUNAR));
    }
    statutory.add(fixed(LocalDate.of(year, Month.APRIL, 30), VICTORY));
    statutory.add(fixed(LocalDate.of(year, Month.MAY, 1), LABOUR));
    List<LocalDate> nationalDays = settings.nationalDay().get(year);
    if (nationalDays != null) {
      nationalDays.forEach(d -> all.add(new Holiday(d, NATIONAL, Holiday.Kind.DECREED)));
    } else {
      LocalDate second = LocalDate.of(year, Month.SEPTEMBER, 2);
      statutory.add(fixed(second, NATIONAL));
      if (rules.hasTwoDayNationalDay(year)) {
        statutory.add(fixed(adjacentNationalDay(second, settings.weekend()), NATIONAL));
      }
    }
    settings.daysOff().forEach((date, name) -> {
      if (date.getYear() == year) {
        all.add(new Holiday(date, name, Holiday.Kind.DECREED));
      }
    });
    all.addAll(statutory);
    all.sort(Comparator.comparing(Holiday::date));
    Set<LocalDate> taken = new HashSet<>();
    all.forEach(h -> taken.add(h.date()));
    statutory.sort(Comparator.comparing(Holiday::date));
    List<Holiday> compensatory = new ArrayList<>();
    Set<LocalDate> statutoryDays = new HashSet<>();
    for (Holiday h : statutory) {
      // A holiday on a rest day, or on the same day as another holiday (Hùng Kings' day on 30 April,
      // as in 1917 and 1947), is compensated on the next day that is free of both.
      boolean coincides = !statutoryDays.add(h.date());
      if (coincides || settings.weekend().contains(h.date().getDayOfWeek())) {
        LocalDate day = h.date().plusDays(1);
        while (settings.weekend().contains(day.getDayOfWeek()) || taken.contains(day)) {
          day = day.plusDays(1);
        }
        taken.add(day);
        compensatory.add(new Holiday(day, compensatoryName(h.name()), Holiday.Kind.COMPENSATORY));
      }
    }
    all.addAll(compensatory);
    all.sort(Comparator.comparing(Holiday::date));
    return dedupe(all);
  }

  /**
   * The default second day of National Day: the adjacent day (1 or 3 September) that is not a rest
   * day; when both are working days, the one that joins the holiday to a rest day; otherwise
   * 3 September. With Saturday and Sunday off this is 1 September when 2 September falls on a
   * Tuesday, Friday or Saturday and 3 September otherwise — the choice of the decisions of 2021–2025.
   */
  static LocalDate adjacentNationalDay(LocalDate second, Set<DayOfWeek> weekend) {
    LocalDate before = second.minusDays(1);
    LocalDate after = second.plusDays(1);
    boolean beforeFree = !weekend.contains(before.getDayOfWeek());
    boolean afterFree = !weekend.contains(after.getDayOfWeek());
    if (beforeFree != afterFree) {
      return beforeFree ? before : after;
    }
    if (beforeFree && weekend.contains(before.minusDays(1).getDayOfWeek())
        && !weekend.contains(after.plusDays(1).getDayOfWeek())) {
      return before;
    }
    return after;
  }

  private static Holiday fixed(LocalDate date, LocalizedText name) {
    return new Holiday(date, name, Holiday.Kind.FIXED);
  }

  private static LocalizedText compensatoryName(LocalizedText holiday) {
    return LocalizedText.of("Nghỉ bù " + holiday.vi(), "Day off in lieu of " + holiday.en());
  }

  /** One entry per date: a decree naming a day that is already a holiday keeps the first (statutory or decreed) entry. */
  private static List<Holiday> dedupe(List<Holiday> sorted) {
    List<Holiday> out = new ArrayList<>(sorted.size());
    for (Holiday h : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).date().equals(h.date())) {
        out.add(h);
      }
    }
    return List.copyOf(out);
  }
}
