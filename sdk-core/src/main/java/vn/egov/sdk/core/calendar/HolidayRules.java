package vn.egov.sdk.core.calendar;

/**
 * Which public holidays a {@link WorkingCalendar} gives each year. The set changed over time; see
 * {@code docs/sdk-core-calendar.md} for the laws and what is assumed for years before them.
 */
public enum HolidayRules {
  /**
   * Each year the holidays of the law then in force (the default): Labour Code 1994 (1 January; Tết
   * 4 days — the last day of the lunar year and the first three of the new one; 30 April; 1 May;
   * 2 September), Hùng Kings' Commemoration from 2007, Tết 5 days from 2014 (Labour Code 2012),
   * National Day 2 days from 2021 (Labour Code 2019). Years before 1995 get the 1994 set: an
   * assumption, not history.
   */
  AS_ENACTED,
  /** The Labour Code 2019 holidays (Art. 112) for every year, whatever the law of that year was. */
  LABOUR_CODE_2019;

  /**
   * The days of Tết in {@code year}, the lunar new year's eve included: 4 under the Labour Code 1994,
   * 5 since Tết 2014.
   */
  public int tetDays(int year) {
    return this == LABOUR_CODE_2019 || year >= 2014 ? 5 : 4;
  }

  /** Whether {@code year} has Hùng Kings' Commemoration (since 2007). */
  public boolean hasHungKingsDay(int year) {
    return this == LABOUR_CODE_2019 || year >= 2007;
  }

  /** Whether National Day in {@code year} is two days (2 September and an adjacent day; since 2021). */
  public boolean hasTwoDayNationalDay(int year) {
    return this == LABOUR_CODE_2019 || year >= 2021;
  }
}
