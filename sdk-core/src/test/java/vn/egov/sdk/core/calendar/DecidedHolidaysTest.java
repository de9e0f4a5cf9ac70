package vn.egov.sdk.core.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The government's decisions as {@link WorkingCalendar#vietnam()} ships them: each case is taken from
 * the decision's document or the report of it cited in {@code holiday-decisions.json} (and in
 * {@code docs/sdk-core-calendar.md}).
 */
class DecidedHolidaysTest {
  private final WorkingCalendar vn = WorkingCalendar.vietnam();
  private final WorkingCalendar rules = WorkingCalendar.builder().decisions(HolidayDecisions.none()).build();

  @Test
  void tet2025IsMondayToFridayAndTheIssuesDossierIsDueOnTheThirdOfFebruary() {
    // Công văn 8726/VPCP-KGVX (26/11/2024): five Tết days Monday 27 – Friday 31 January 2025.
    assertThat(weekdaysOff(vn, of(2025, 1, 20), of(2025, 2, 7)))
        .containsExactly(of(2025, 1, 27), of(2025, 1, 28), of(2025, 1, 29), of(2025, 1, 30), of(2025, 1, 31));
    // Received Friday 24 January with one working day: due Monday 3 February (the rule says 27 January).
    assertThat(vn.addWorkingDays(of(2025, 1, 24), 1)).isEqualTo(of(2025, 2, 3));
    assertThat(rules.addWorkingDays(of(2025, 1, 24), 1)).isEqualTo(of(2025, 1, 27));
    assertThat(vn.addWorkingDays(of(2025, 1, 24), 2)).isEqualTo(of(2025, 2, 4));
    assertThat(vn.holidays(2025)).filteredOn(h -> h.name().en().contains("Tết"))
        .extracting(Holiday::date, Holiday::kind)
        .containsExactly(tuple(of(2025, 1, 27), Holiday.Kind.DECREED), tuple(of(2025, 1, 28), Holiday.Kind.DECREED),
            tuple(of(2025, 1, 29), Holiday.Kind.DECREED), tuple(of(2025, 1, 30), Holiday.Kind.DECREED),
            tuple(of(2025, 1, 31), Holiday.Kind.DECREED));
  }

  @Test
  void may2025FridayIsSwappedForSaturdayTheTwentySixthOfApril() {
    // Công văn 8726/VPCP-KGVX: "hoán đổi ngày làm việc từ thứ Sáu 02/5/2025 sang thứ Bảy 26/4/2025".
    assertThat(vn.isWorkingDay(of(2025, 5, 2))).isFalse();
    assertThat(vn.isWorkingDay(of(2025, 4, 26))).isTrue();
    assertThat(rules.isWorkingDay(of(2025, 5, 2))).isTrue();
    assertThat(rules.isWorkingDay(of(2025, 4, 26))).isFalse();
    assertThat(vn.decreedWorkingDays(2025)).containsExactly(of(2025, 4, 26));
    Holiday swapped = vn.holidays(2025).stream().filter(h -> h.date().equals(of(2025, 5, 2))).findFirst().orElseThrow();
    assertThat(swapped.kind()).isEqualTo(Holiday.Kind.DECREED);
    assertThat(swapped.name().vi()).isEqualTo("Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)");
    assertThat(swapped.name().en()).isEqualTo("Day off swapped for Saturday 26 April 2025");
    // 30 April – 4 May 2025 in one run: after Tuesday 29 April the next working day is Monday 5 May.
    assertThat(vn.addWorkingDays(of(2025, 4, 29), 1)).isEqualTo(of(2025, 5, 5));
    // Saturday 26 April counts: from Friday 25 April, one working day later is that Saturday.
    assertThat(vn.addWorkingDays(of(2025, 4, 25), 1)).isEqualTo(of(2025, 4, 26));
  }

  @ParameterizedTest(name = "{0}: Tết days off {1} … {2}, {3} back at work")
  @CsvSource({
      // 10525/VPCP-KGVX: 28 Jan – 5 Feb 2014 (28 and 29 January swapped, see below).
      "2014, 2014-01-28, 2014-02-05, 2014-02-06",
      // Tết 2015 notice: 16 (swapped) – 23 February 2015.
      "2015, 2015-02-16, 2015-02-23, 2015-02-24",
      // 9794/VPCP-KGVX: 26 January – 1 February 2017.
      "2017, 2017-01-26, 2017-02-01, 2017-02-02",
      // 573/TB-VPCP: 14 – 20 February 2018.
      "2018, 2018-02-14, 2018-02-20, 2018-02-21",
      // 3238/TB-LĐTBXH: Monday 4 – Friday 8 February 2019.
      "2019, 2019-02-04, 2019-02-08, 2019-02-11",
      // 9087/VPCP-KGVX: 23 – 29 January 2020.
      "2020, 2020-01-23, 2020-01-29, 2020-01-30",
      // PM's approval (November 2020): 10 – 16 February 2021.
      "2021, 2021-02-10, 2021-02-16, 2021-02-17",
      // 245/VPCP-KGVX: 31 January – 4 February 2022.
      "2022, 2022-01-31, 2022-02-04, 2022-02-07",
      // 8056/VPCP-KGVX: 20 – 26 January 2023.
      "2023, 2023-01-20, 2023-01-26, 2023-01-27",
      // 5015/TB-LĐTBXH: 8 – 14 February 2024.
      "2024, 2024-02-08, 2024-02-14, 2024-02-15",
      // 9441/TB-BNV: Monday 16 – Friday 20 February 2026.
      "2026, 2026-02-16, 2026-02-20, 2026-02-23",
  })
  void tetIsOffAsDecided(int year, LocalDate first, LocalDate last, LocalDate back) {
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      assertThat(vn.isWorkingDay(d)).as("%s", d).isFalse();
    }
    assertThat(vn.isWorkingDay(back)).as("%s", back).isTrue();
    // No working day between the break and the return: the next working day after the day before it.
    assertThat(vn.addWorkingDays(first.minusDays(1), 1)).isEqualTo(back);
    assertThat(vn.decision(year)).isPresent();
  }

  @Test
  void theDecisionsDifferFromTheRuleWhereTheyMatter() {
    // 2020: the rule gives Tết 24–28 January and days in lieu on 29 and 30; decided 23–29.
    assertThat(rules.isWorkingDay(of(2020, 1, 23))).isTrue();
    assertThat(vn.isWorkingDay(of(2020, 1, 23))).isFalse();
    assertThat(rules.isWorkingDay(of(2020, 1, 30))).isFalse();
    assertThat(vn.isWorkingDay(of(2020, 1, 30))).isTrue();
    // 2021: decided 10–16 February, the rule 11–17.
    assertThat(vn.isWorkingDay(of(2021, 2, 10))).isFalse();
    assertThat(vn.isWorkingDay(of(2021, 2, 17))).isTrue();
    assertThat(rules.isWorkingDay(of(2021, 2, 17))).isFalse();
    // 2023: decided 20–26 January, the rule 21–27 (with days in lieu).
    assertThat(vn.isWorkingDay(of(2023, 1, 27))).isTrue();
    assertThat(rules.isWorkingDay(of(2023, 1, 27))).isFalse();
    // 2026 National Day: 1 and 2 September (Tuesday, Wednesday); the rule's second day is the 3rd.
    assertThat(vn.isWorkingDay(of(2026, 9, 3))).isTrue();
    assertThat(vn.isWorkingDay(of(2026, 9, 1))).isFalse();
    assertThat(rules.isWorkingDay(of(2026, 9, 3))).isFalse();
    assertThat(rules.isWorkingDay(of(2026, 9, 1))).isTrue();
  }

  @ParameterizedTest(name = "{0}: {1} off, {2} worked")
  @CsvSource({
      "2013, 2012-12-31, 2013-01-05", // 9570/VPCP-KGVX
      "2013, 2013-02-15, 2013-02-23",
      "2013, 2013-04-29, 2013-05-04",
      "2014, 2014-01-28, 2014-01-25", // 10525/VPCP-KGVX
      "2014, 2014-01-29, 2014-02-08",
      "2014, 2014-05-02, 2014-04-26",
      "2014, 2014-09-01, 2014-09-06",
      "2015, 2015-01-02, 2014-12-27", // Tết 2015 notice
      "2015, 2015-02-16, 2015-02-14",
      "2015, 2015-04-29, 2015-04-25",
      "2019, 2018-12-31, 2019-01-05", // 3238/TB-LĐTBXH
      "2019, 2019-04-29, 2019-05-04",
      "2024, 2024-04-29, 2024-05-04", // 2450/VPCP-KGVX
      "2025, 2025-05-02, 2025-04-26", // 8726/VPCP-KGVX
      "2026, 2026-01-02, 2026-01-10", // 12729/VPCP-KGVX
      "2026, 2026-08-31, 2026-08-22", // 9441/TB-BNV
  })
  void swappedDaysAreOffAndTheirSaturdaysWorked(int year, LocalDate off, LocalDate worked) {
    assertThat(off.getDayOfWeek().getValue()).as("a weekday").isLessThan(6);
    assertThat(worked.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(vn.isWorkingDay(off)).isFalse();
    assertThat(rules.isWorkingDay(off)).isTrue();
    assertThat(vn.isWorkingDay(worked)).isTrue();
    assertThat(vn.decreedWorkingDays(worked.getYear())).contains(worked);
    assertThat(vn.decision(year).orElseThrow().swaps()).contains(new HolidayDecision.Swap(off, worked));
  }

  @Test
  void nationalDayAsDecided() {
    // 2018: 573/TB-VPCP, 2 September (Sunday) and Monday 3 September.
    assertThat(nationalDay(vn, 2018)).containsExactly(of(2018, 9, 2), of(2018, 9, 3));
    // 2023: 8056/VPCP-KGVX, 1–4 September: Friday 1, Saturday 2 and Monday 4 in lieu.
    assertThat(nationalDay(vn, 2023)).containsExactly(of(2023, 9, 1), of(2023, 9, 2), of(2023, 9, 4));
    assertThat(vn.isWorkingDay(of(2023, 9, 4))).isFalse();
    assertThat(vn.isWorkingDay(of(2023, 9, 5))).isTrue();
    // 2024: 31 August – 3 September, 2 and 3 September the holidays.
    assertThat(nationalDay(vn, 2024)).containsExactly(of(2024, 9, 2), of(2024, 9, 3));
    // 2025: 30 August – 2 September, 1 and 2 September.
    assertThat(nationalDay(vn, 2025)).containsExactly(of(2025, 9, 1), of(2025, 9, 2));
    // 2026: 29 August – 2 September: 1 and 2 September, Monday 31 August swapped for Saturday 22 August.
    assertThat(nationalDay(vn, 2026)).containsExactly(of(2026, 9, 1), of(2026, 9, 2));
    assertThat(weekdaysOff(vn, of(2026, 8, 24), of(2026, 9, 4)))
        .containsExactly(of(2026, 8, 31), of(2026, 9, 1), of(2026, 9, 2));
    // 2019 and 2020: one day (Labour Code 2012), not decided beyond the rule.
    assertThat(nationalDay(vn, 2019)).containsExactly(of(2019, 9, 2));
    assertThat(nationalDay(vn, 2020)).containsExactly(of(2020, 9, 2));
  }

  @Test
  void yearsWithoutADecisionFollowTheRules() {
    for (int year : List.of(1900, 1990, 2011, 2016, 2027, 2050, 2100)) {
      assertThat(vn.decision(year)).as("%d", year).isEmpty();
      assertThat(vn.holidays(year)).as("%d", year).isEqualTo(rules.holidays(year));
    }
    // 2012 is by the rules, but the decision for 2013 gave its New Year's Eve off.
    assertThat(vn.decision(2012)).isEmpty();
    assertThat(vn.holidays(2012)).hasSize(rules.holidays(2012).size() + 1);
    assertThat(vn.holidays(2012)).last().extracting(Holiday::date).isEqualTo(of(2012, 12, 31));
    assertThat(vn.decisions().years()).containsExactly(2013, 2014, 2015, 2017, 2018, 2019, 2020, 2021, 2022,
        2023, 2024, 2025, 2026);
    // 2013 decided swaps only: Tết is the Labour Code 1994's four days (9–12 February) with 13 and 14
    // in lieu of the weekend, and Friday 15 swapped: nine days off, 9–17 February.
    assertThat(weekdaysOff(vn, of(2013, 2, 4), of(2013, 2, 22)))
        .containsExactly(of(2013, 2, 11), of(2013, 2, 12), of(2013, 2, 13), of(2013, 2, 14), of(2013, 2, 15));
    assertThat(vn.isWorkingDay(of(2013, 2, 23))).isTrue();
  }

  @Test
  void anAgencyAddsAYearOrReplacesOneAndCanGoBackToTheRules() {
    HolidayDecision y2027 = HolidayDecision.builder(2027)
        .tet(of(2027, 2, 4), of(2027, 2, 10))
        .swap(of(2027, 4, 29), of(2027, 5, 8))
        .source(new HolidayDecision.Source("Thông báo (giả định) 1/TB-BNV", "Bộ Nội vụ", of(2026, 10, 1), null))
        .build();
    HolidayDecision other2025 = HolidayDecision.builder(2025)
        .tet(of(2025, 1, 28), of(2025, 2, 3))
        .source(new HolidayDecision.Source("Quyết định của cơ quan (giả định)", "UBND tỉnh", null, null))
        .build();
    WorkingCalendar mine = WorkingCalendar.builder().decision(y2027).decision(other2025).build();
    assertThat(mine.decision(2027)).contains(y2027);
    assertThat(mine.isWorkingDay(of(2027, 2, 4))).isFalse();
    assertThat(mine.isWorkingDay(of(2027, 4, 29))).isFalse();
    assertThat(mine.isWorkingDay(of(2027, 5, 8))).isTrue();
    // The replaced 2025 no longer swaps 2 May, and its Tết is the agency's.
    assertThat(mine.isWorkingDay(of(2025, 5, 2))).isTrue();
    assertThat(mine.isWorkingDay(of(2025, 1, 27))).isTrue();
    assertThat(mine.isWorkingDay(of(2025, 2, 3))).isFalse();
    // Other years keep the shipped decisions.
    assertThat(mine.holidays(2024)).isEqualTo(vn.holidays(2024));
    assertThatThrownBy(() -> WorkingCalendar.builder().decision(y2027).decision(y2027))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2027 is already set");
    // Without 2025 in the set, 2025 is by the rules again.
    WorkingCalendar without = WorkingCalendar.builder().decisions(HolidayDecisions.vietnam().without(2025)).build();
    assertThat(without.decision(2025)).isEmpty();
    assertThat(without.holidays(2025)).isEqualTo(rules.holidays(2025));
    // The builder's own Tết days win over a decision's, the decision's swaps stay.
    WorkingCalendar explicit = WorkingCalendar.builder()
        .tetHolidays(2025, of(2025, 1, 28), of(2025, 1, 29), of(2025, 1, 30), of(2025, 1, 31), of(2025, 2, 3))
        .build();
    assertThat(explicit.isWorkingDay(of(2025, 1, 27))).isTrue();
    assertThat(explicit.isWorkingDay(of(2025, 2, 3))).isFalse();
    assertThat(explicit.isWorkingDay(of(2025, 5, 2))).isFalse();
    // An explicit day off wins over a decision's worked Saturday.
    WorkingCalendar saturdayOff = WorkingCalendar.builder()
        .dayOff(of(2025, 4, 26), vn.holidays(2025).get(0).name()).build();
    assertThat(saturdayOff.isWorkingDay(of(2025, 4, 26))).isFalse();
    assertThat(saturdayOff.decreedWorkingDays(2025)).isEmpty();
  }

  @Test
  void withAnotherWeekendTheDecisionsDaysOffStillApplyAndTheirSaturdaysAreOrdinaryWorkingDays() {
    WorkingCalendar sundays = WorkingCalendar.builder().weekend(DayOfWeek.SUNDAY).build();
    assertThat(sundays.isWorkingDay(of(2025, 5, 2))).isFalse();
    assertThat(sundays.isWorkingDay(of(2025, 4, 26))).isTrue();
    assertThat(sundays.decreedWorkingDays(2025)).isEmpty();
    assertThat(sundays.isWorkingDay(of(2025, 1, 27))).isFalse();
  }

  @Test
  void everyShippedDecisionIsConsistentWithTheCalendar() {
    VietnameseLunarCalendar lunar = VietnameseLunarCalendar.create();
    for (HolidayDecision d : HolidayDecisions.vietnam().all()) {
      if (d.decidesTet()) {
        LocalDate tet = lunar.newYear(d.year());
        assertThat(d.tet()).as("%d holds its lunar new year's day %s", d.year(), tet).contains(tet);
        assertThat(d.tet()).as("%d", d.year()).contains(tet.minusDays(1));
        assertThat(d.tet().size()).as("%d: five days and days in lieu", d.year()).isBetween(5, 7);
      }
      if (d.decidesNationalDay()) {
        assertThat(d.nationalDay()).as("%d", d.year()).contains(of(d.year(), 9, 2));
      }
      for (HolidayDecision.Swap s : d.swaps()) {
        assertThat(s.workedInstead().getDayOfWeek()).as("%s", s).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(s.dayOff().getDayOfWeek().getValue()).as("%s", s).isLessThan(6);
        assertThat(Math.abs(s.dayOff().toEpochDay() - s.workedInstead().toEpochDay())).as("%s", s).isLessThan(15);
      }
      assertThat(d.sources()).as("%d", d.year()).isNotEmpty().allSatisfy(src -> {
        assertThat(src.document()).isNotBlank();
        assertThat(src.issuer()).isNotBlank();
        assertThat(src.reference()).as("%s", src).isNotNull();
        assertThat(src.reference().getScheme()).isIn("http", "https");
      });
    }
  }

  @Test
  void theDocsListEveryShippedYearWithItsDocuments() throws IOException {
    String docs = Files.readString(Path.of("../docs/sdk-core-calendar.md"), StandardCharsets.UTF_8);
    Pattern number = Pattern.compile("\\d+/[A-ZĐ][A-ZĐa-z-]*");
    for (HolidayDecision d : HolidayDecisions.vietnam().all()) {
      assertThat(docs).as("a row for %d", d.year()).containsPattern("(?m)^\\| " + d.year() + " \\|");
      for (HolidayDecision.Source s : d.sources()) {
        Matcher m = number.matcher(s.document());
        if (m.find()) {
          assertThat(docs).as("%d cites %s", d.year(), m.group()).contains(m.group());
        }
      }
    }
  }

  private static List<LocalDate> weekdaysOff(WorkingCalendar c, LocalDate from, LocalDate to) {
    return from.datesUntil(to.plusDays(1))
        .filter(d -> d.getDayOfWeek().getValue() < 6 && !c.isWorkingDay(d)).toList();
  }

  private static List<LocalDate> nationalDay(WorkingCalendar c, int year) {
    return c.holidays(year).stream().filter(h -> h.name().en().equals("National Day")).map(Holiday::date).toList();
  }
}
