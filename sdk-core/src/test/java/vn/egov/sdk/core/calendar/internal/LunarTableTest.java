package vn.egov.sdk.core.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LunarTableTest {
  /** ICU4J's months for every lunar year of the table, corrected: the reference the table must equal. */
  private static List<LunarTable.LunarYear> icu;

  @BeforeAll
  static void computeWithIcu() {
    icu = IcuLunarYears.all();
  }

  @Test
  void theShippedTableIsExactlyWhatIcuAndTheCorrectionsGive() {
    LunarTable table = new LunarTable();
    for (LunarTable.LunarYear expected : icu) {
      LunarTable.LunarYear shipped = table.year(expected.year());
      assertThat(shipped.sameMonths(expected)).as("%s%nICU gives %s", shipped, expected).isTrue();
    }
    assertThat(LunarData.YEARS).isEqualTo(LunarTableGenerator.encode(icu));
  }

  @Test
  void theShippedSourceFileIsTheGeneratorsOutput() throws IOException {
    // Run from sdk-core (Surefire's working directory): a hand edit of LunarData.java fails here.
    String onDisk = Files.readString(LunarTableGenerator.DEFAULT_OUTPUT, StandardCharsets.UTF_8);
    assertThat(onDisk).isEqualTo(LunarTableGenerator.source(icu));
  }

  @Test
  void everyCorrectionHoldsAndDiffersFromIcuAlone() {
    LunarTable table = new LunarTable();
    assertThat(IcuLunarYears.CORRECTIONS).hasSize(17);
    for (IcuLunarYears.Correction c : IcuLunarYears.CORRECTIONS) {
      LunarTable.LunarYear year = table.year(c.lunarYear());
      int i = year.indexOf(c.month(), c.leap());
      assertThat(i).as("%s", c).isNotNegative();
      assertThat(year.monthStart(i)).as("%s", c).isEqualTo(c.start().toEpochDay());
      MeridianChineseCalendar alone = MeridianChineseCalendar.forUtcOffset(IcuLunarYears.utcOffsetHours(c.lunarYear()));
      alone.setEpochDay(c.start().toEpochDay());
      boolean icuAgrees = alone.lunarDay() == 1 && alone.lunarMonth() == c.month() && alone.isLeapMonth() == c.leap();
      assertThat(icuAgrees).as("correction %s is needed", c).isFalse();
    }
  }

  @Test
  void tet1925IsTheDayOfTheNewMoonAsIcuComputesIt() {
    // The conjunction of 24 January 1925 (14:45 UT, the total solar eclipse) was 21:45 in Vietnam.
    MeridianChineseCalendar utc8 = MeridianChineseCalendar.forUtcOffset(8);
    assertThat(LocalDate.ofEpochDay(utc8.newYearEpochDay(1925))).isEqualTo(LocalDate.of(1925, 1, 24));
    MeridianChineseCalendar utc7 = MeridianChineseCalendar.forUtcOffset(7);
    assertThat(LocalDate.ofEpochDay(utc7.newYearEpochDay(1925))).isEqualTo(LocalDate.of(1925, 1, 24));
    assertThat(LocalDate.ofEpochDay(new LunarTable().year(1925).newYear())).isEqualTo(LocalDate.of(1925, 1, 24));
    assertThat(IcuLunarYears.CORRECTIONS).noneMatch(c -> c.lunarYear() == 1925);
  }

  @Test
  void coversLunarYears1899To2100AndEachYearEndsWhereTheNextBegins() {
    LunarTable table = new LunarTable();
    assertThat(LunarData.YEARS).hasSize((LunarTable.LAST_YEAR - LunarTable.FIRST_YEAR + 1) * LunarTable.DIGITS);
    for (int y = LunarTable.FIRST_YEAR; y <= LunarTable.LAST_YEAR; y++) {
      LunarTable.LunarYear year = table.year(y);
      assertThat(year.year()).isEqualTo(y);
      assertThat(year.monthCount()).isBetween(12, 13);
      if (y > LunarTable.FIRST_YEAR) {
        assertThat(year.newYear()).isEqualTo(table.year(y - 1).end());
      }
    }
    assertThat(LocalDate.ofEpochDay(table.year(1899).newYear())).isEqualTo(LocalDate.of(1899, 2, 10));
    assertThat(LocalDate.ofEpochDay(table.year(2100).end())).isEqualTo(LocalDate.of(2101, 1, 29));
    assertThatThrownBy(() -> table.year(1898)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1899–2100");
    assertThatThrownBy(() -> table.year(2101)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2101");
  }

  @Test
  void encodingRoundTripsEveryYear() {
    for (LunarTable.LunarYear year : icu) {
      LunarTable.LunarYear decoded = LunarTable.decode(year.year(), LunarTable.encode(year));
      assertThat(decoded.sameMonths(year)).as("%s", year).isTrue();
    }
    // 2023 (Quý Mão): Tết 22 January, a leap 2nd month.
    LunarTable.LunarYear y2023 = new LunarTable().year(2023);
    assertThat(LunarTable.encode(y2023) >>> 17).isEqualTo(21);
    assertThat(LunarTable.encode(y2023) >>> 13 & 0xF).isEqualTo(2);
    assertThat(y2023.leap(2)).isTrue();
    assertThat(y2023.month(2)).isEqualTo(2);
    assertThat(y2023.month(3)).isEqualTo(3);
  }

  @Test
  void aCorruptTableIsRefusedWhenItsYearsAreDecoded() {
    String good = LunarData.YEARS;
    assertThatThrownBy(() -> new LunarTable(good.substring(6)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not 202");
    // Lunar year 1900 moved one day later: 1899 no longer ends where it begins.
    int v1900 = Integer.parseInt(good, 6, 12, 16) + (1 << 17);
    String shifted = good.substring(0, 6) + String.format("%06x", v1900) + good.substring(12);
    LunarTable broken = new LunarTable(shifted);
    assertThatThrownBy(() -> broken.year(1899))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("1899 ends on");
    assertThat(broken.year(1901).year()).isEqualTo(1901);
    assertThatThrownBy(() -> LunarTable.decode(2000, 30 << 17 | 13 << 13))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("leap month 13");
    assertThatThrownBy(() -> LunarTable.decode(2000, 30 << 17 | 1 << 12))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("more than 12 months");
    LunarTable.LunarYear y2000 = new LunarTable().year(2000);
    assertThatThrownBy(() -> LunarTable.encode(LunarTable.LunarYear.of(2001, new long[] {
        y2000.monthStart(0), y2000.monthStart(1), y2000.monthStart(2), y2000.monthStart(3), y2000.monthStart(4),
        y2000.monthStart(5), y2000.monthStart(6), y2000.monthStart(7), y2000.monthStart(8), y2000.monthStart(9),
        y2000.monthStart(10), y2000.monthStart(11)}, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12},
        new boolean[12], y2000.end())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0–63");
  }

  @Test
  void aLunarYearChecksItsMonths() {
    long d = LocalDate.of(2000, 2, 5).toEpochDay();
    long[] starts = new long[12];
    int[] months = new int[12];
    for (int i = 0; i < 12; i++) {
      starts[i] = d + 29L * i;
      months[i] = i + 1;
    }
    long end = d + 29L * 12;
    assertThat(LunarTable.LunarYear.of(2000, starts, months, new boolean[12], end).length(11)).isEqualTo(29);
    assertThatThrownBy(() -> LunarTable.LunarYear.of(2000, starts, months, new boolean[12], end + 2))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("31 days");
    int[] swapped = months.clone();
    swapped[3] = 5;
    swapped[4] = 4;
    assertThatThrownBy(() -> LunarTable.LunarYear.of(2000, starts, swapped, new boolean[12], end))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("out of order");
    boolean[] firstLeap = new boolean[12];
    firstLeap[0] = true;
    assertThatThrownBy(() -> LunarTable.LunarYear.of(2000, starts, months, firstLeap, end))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("misplaced leap month");
    assertThatThrownBy(() -> LunarTable.LunarYear.of(2000, new long[11], new int[11], new boolean[11], end))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("11 months");
  }
}
