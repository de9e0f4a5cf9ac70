package vn.egov.sdk.core.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.egov.sdk.core.calendar.Holiday;
import vn.egov.sdk.core.calendar.HolidayRules;
import vn.egov.sdk.core.LocalizedText;
import vn.egov.sdk.core.calendar.CalendarRangeException;
import vn.egov.sdk.core.calendar.LunarDate;
import vn.egov.sdk.core.calendar.RecurringHoliday;
import vn.egov.sdk.core.calendar.VietnameseLunarCalendar;

/**
 * Computes one year's days off: the statutory holidays of the rule set (Labour Code 2019, Art. 112(1)),
 * the government's decided days, swaps and extra days, and the compensatory days for statutory
 * holidays on weekly rest days (Labour Code 2019, Art. 111(3); 2012, Art. 115(3)).
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
   * @param daysOff extra days off decreed, with their names
   * @param swaps the decisions' swapped days off, each with the weekly rest day worked instead
   * @param recurring holidays added by later laws, each from its first year
   */
  public record Settings(Set<DayOfWeek> weekend, HolidayRules rules, Map<Integer, List<LocalDate>> tet,
      Map<Integer, List<LocalDate>> nationalDay, Map<LocalDate, LocalizedText> daysOff,
      Map<LocalDate, LocalDate> swaps, List<RecurringHoliday> recurring) {}

  private HolidayYear() {}

  /** The days off of {@code year}, in date order. */
  public static List<Holiday> compute(int year, Settings settings, VietnameseLunarCalendar lunar) {
    // Only a recurring holiday can be late enough in December to have its day in lieu in January: it
    // takes part in this year's compensation, which knows this year's days off.
    List<Holiday> fromDecember = new ArrayList<>();
    if (year > VietnameseLunarCalendar.MIN_DATE.getYear()) {
      for (RecurringHoliday r : settings.recurring()) {
        LocalDate day = r.compensated() ? recurringDay(r, year - 1, lunar) : null;
        if (day != null && day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 25) {
          fromDecember.add(new Holiday(day, r.name(), r.lunar() ? Holiday.Kind.LUNAR : Holiday.Kind.FIXED));
        }
      }
    }
    List<Holiday> days = new ArrayList<>();
    for (Holiday h : own(year, settings, lunar, fromDecember)) {
      if (h.date().getYear() == year) {
        days.add(h);
      }
    }
    return dedupe(days);
  }

  /**
   * The days off that the holidays of {@code year} give (a day in lieu in the next January included,
   * for the caller to drop), with {@code fromDecember} compensated among them.
   */
  private static List<Holiday> own(int year, Settings settings, VietnameseLunarCalendar lunar,
      List<Holiday> fromDecember) {
    HolidayRules rules = settings.rules();
    List<Holiday> statutory = new ArrayList<>(fromDecember);
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
    for (RecurringHoliday r : settings.recurring()) {
      LocalDate day = recurringDay(r, year, lunar);
      if (day != null) {
        Holiday h = new Holiday(day, r.name(), r.lunar() ? Holiday.Kind.LUNAR : Holiday.Kind.FIXED);
        (r.compensated() ? statutory : all).add(h);
      }
    }
    settings.daysOff().forEach((date, name) -> {
      if (date.getYear() == year) {
        all.add(new Holiday(date, name, Holiday.Kind.DECREED));
      }
    });
    settings.swaps().forEach((dayOff, worked) -> {
      if (dayOff.getYear() == year) {
        all.add(new Holiday(dayOff, swapName(worked), Holiday.Kind.DECREED));
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
    return all;
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

  /**
   * The day {@code holiday} falls on in Gregorian {@code year}, or {@code null} when it is not held
   * then. A lunar holiday of lunar year {@code year - 1} can fall in January of {@code year}.
   */
  static LocalDate recurringDay(RecurringHoliday holiday, int year, VietnameseLunarCalendar lunar) {
    if (!holiday.lunar()) {
      return holiday.heldIn(year) ? LocalDate.of(year, holiday.month(), holiday.day()) : null;
    }
    for (int lunarYear = year - 1; lunarYear <= year; lunarYear++) {
      if (holiday.heldIn(lunarYear)) {
        try {
          int length = lunar.monthLength(lunarYear, holiday.month(), false);
          LocalDate day = lunar.toSolar(LunarDate.of(lunarYear, holiday.month(), Math.min(holiday.day(), length)));
          if (day.getYear() == year) {
            return day;
          }
        } catch (CalendarRangeException beyondTheTable) {
          // Lunar year 2100's last months end in 2101, outside the calendar: no holiday to add.
        }
      }
    }
    return null;
  }

  /** The name of a working day given off in exchange for {@code worked}. */
  public static LocalizedText swapName(LocalDate worked) {
    String vi = String.format("Nghỉ hoán đổi (làm bù %s %02d/%02d/%d)", VI_DAYS[worked.getDayOfWeek().ordinal()],
        worked.getDayOfMonth(), worked.getMonthValue(), worked.getYear());
    String en = "Day off swapped for " + worked.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
        + worked.getDayOfMonth() + " " + worked.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
        + worked.getYear();
    return LocalizedText.of(vi, en);
  }

  private static final String[] VI_DAYS = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};

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
