package vn.egov.sdk.core.calendar;

import java.time.Month;
import java.time.MonthDay;
import java.util.Objects;
import vn.egov.sdk.core.LocalizedText;

/**
 * A public holiday that a law adds from a given year on, on a fixed Gregorian day or a fixed day of
 * the lunar calendar, e.g. a new national day, so a calendar follows a law change before the SDK
 * ships it. Like the Labour Code's own holidays it is compensated on the next working day when it
 * falls on a weekly rest day (Labour Code 2019, Art. 111(3)), unless made {@link #withoutCompensation()}.
 *
 * <pre>{@code
 * WorkingCalendar.builder()
 *     .recurringHoliday(RecurringHoliday.gregorian(MonthDay.of(11, 24),
 *         LocalizedText.of("Ngày Văn hóa Việt Nam", "Vietnamese Culture Day"), 2027))
 *     .build();
 * }</pre>
 *
 * @param name what the day is, in Vietnamese and English
 * @param lunar whether {@code month} and {@code day} are of the lunar calendar
 * @param month 1–12
 * @param day 1–31 for a Gregorian day (not 29 February); 1–30 for a lunar day, day 30 falling on the
 *     month's last day when the month has 29 days
 * @param fromYear the first year of the holiday (for a lunar day, the lunar year: a holiday in the 12th
 *     lunar month of lunar year 2030 may fall in January 2031)
 * @param untilYear the last year of the holiday (2100 when the law sets no end)
 * @param compensated whether a day on a weekly rest day gives a day off in lieu
 */
public record RecurringHoliday(LocalizedText name, boolean lunar, int month, int day, int fromYear, int untilYear,
    boolean compensated) {

  /** @throws IllegalArgumentException naming the first problem found */
  public RecurringHoliday {
    Objects.requireNonNull(name, "name");
    if (lunar) {
      new LunarDate(fromYear, month, day, false);
    } else {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("month must be 1–12, was " + month);
      }
      if (day < 1 || day > Month.of(month).maxLength()) {
        throw new IllegalArgumentException("day must be 1–" + Month.of(month).maxLength() + " in month "
            + month + ", was " + day);
      }
      if (month == 2 && day == 29) {
        throw new IllegalArgumentException("29 February is not a day every year; choose another");
      }
    }
    VietnameseLunarCalendar.checkYear(fromYear);
    VietnameseLunarCalendar.checkYear(untilYear);
    if (untilYear < fromYear) {
      throw new IllegalArgumentException("the holiday ends in " + untilYear + ", before it begins in " + fromYear);
    }
  }

  /** A holiday on {@code date} every year from {@code fromYear}, compensated. */
  public static RecurringHoliday gregorian(MonthDay date, LocalizedText name, int fromYear) {
    Objects.requireNonNull(date, "date");
    return new RecurringHoliday(name, false, date.getMonthValue(), date.getDayOfMonth(), fromYear,
        VietnameseLunarCalendar.MAX_DATE.getYear(), true);
  }

  /** A holiday on lunar {@code day}/{@code month} (of the ordinary, not leap, month) from {@code fromYear}, compensated. */
  public static RecurringHoliday lunar(int month, int day, LocalizedText name, int fromYear) {
    return new RecurringHoliday(name, true, month, day, fromYear, VietnameseLunarCalendar.MAX_DATE.getYear(), true);
  }

  /** The same holiday, held for the last time in {@code lastYear}. */
  public RecurringHoliday until(int lastYear) {
    return new RecurringHoliday(name, lunar, month, day, fromYear, lastYear, compensated);
  }

  /** The same holiday, with no day in lieu when it falls on a weekly rest day. */
  public RecurringHoliday withoutCompensation() {
    return new RecurringHoliday(name, lunar, month, day, fromYear, untilYear, false);
  }

  /** Whether the holiday is held in {@code year}. */
  public boolean heldIn(int year) {
    return year >= fromYear && year <= untilYear;
  }
}
