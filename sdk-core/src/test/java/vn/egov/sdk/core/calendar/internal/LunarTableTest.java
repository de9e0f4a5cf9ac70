package vn.egov.sdk.core.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LunarTableTest {
  @Test
  void everyCorrectionHoldsAndDiffersFromIcuAlone() {
    LunarTable table = new LunarTable();
    for (LunarTable.Correction c : LunarTable.CORRECTIONS) {
      LunarTable.LunarYear year = table.year(c.lunarYear());
      int i = year.indexOf(c.month(), c.leap());
      assertThat(i).as("%s", c).isNotNegative();
      assertThat(year.monthStart(i)).as("%s", c).isEqualTo(c.start().toEpochDay());
      MeridianChineseCalendar icu = MeridianChineseCalendar.forUtcOffset(c.lunarYear() < LunarTable.FIRST_UTC7_YEAR ? 8 : 7);
      icu.setEpochDay(c.start().toEpochDay());
      boolean icuAgrees = icu.lunarDay() == 1 && icu.lunarMonth() == c.month() && icu.isLeapMonth() == c.leap();
      assertThat(icuAgrees).as("correction %s is needed", c).isFalse();
    }
  }

  @Test
  void coversLunarYears1899To2100() {
    LunarTable table = new LunarTable();
    for (int y = LunarTable.FIRST_YEAR; y <= LunarTable.LAST_YEAR; y++) {
      LunarTable.LunarYear year = table.year(y);
      assertThat(year.monthCount()).isBetween(12, 13);
      if (y > LunarTable.FIRST_YEAR) {
        assertThat(year.newYear()).isEqualTo(table.year(y - 1).end());
      }
    }
  }
}
