package vn.egov.sdk.core.calendar;

/**
 * A day of the Vietnamese lunar calendar (âm lịch).
 *
 * @param year the Gregorian year in which this lunar year begins (Tết 2024 begins lunar year 2024,
 *     Giáp Thìn; 20 January 2024 is still in lunar year 2023)
 * @param month 1–12; a leap month carries the number of the month it follows
 * @param day 1–30
 * @param leapMonth whether the month is the year's leap month (tháng nhuận)
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {
  public LunarDate {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("lunar month must be 1–12, was " + month);
    }
    if (day < 1 || day > 30) {
      throw new IllegalArgumentException("lunar day must be 1–30, was " + day);
    }
  }

  /** A day of a regular (not leap) month. */
  public static LunarDate of(int year, int month, int day) {
    return new LunarDate(year, month, day, false);
  }

  @Override
  public String toString() {
    return day + "/" + month + (leapMonth ? " (nhuận)" : "") + "/" + year + " âm lịch";
  }
}
