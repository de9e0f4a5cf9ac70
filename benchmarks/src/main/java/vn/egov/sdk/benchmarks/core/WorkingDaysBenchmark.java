package vn.egov.sdk.benchmarks.core;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.egov.sdk.core.calendar.Holiday;
import vn.egov.sdk.core.calendar.WorkingCalendar;

/**
 * Working-day arithmetic: {@code addWorkingDays} on a warm calendar (a dossier's due date, 15 or 250
 * working days ahead, from start dates spread over 2020–2029), and a year's holidays computed from
 * scratch on a fresh calendar (decoding the precomputed lunar table, taking in the shipped holiday
 * decisions, applying the rules): the cost a new calendar pays once, then once for each year it
 * touches.
 */
@BenchmarkMode(Mode.AverageTime)
public class WorkingDaysBenchmark {
  private static final int DATES = 1024;

  /** A calendar whose years are already computed, and start dates to cycle through. */
  @State(Scope.Benchmark)
  public static class Warm {
    @Param({"15", "250"})
    public int days;

    WorkingCalendar calendar;
    final LocalDate[] from = new LocalDate[DATES];
    int next;

    @Setup
    public void setUp() {
      calendar = WorkingCalendar.builder().build();
      LocalDate start = LocalDate.of(2020, 1, 1);
      for (int i = 0; i < DATES; i++) {
        from[i] = start.plusDays(i * 3L);
        calendar.addWorkingDays(from[i], 250);
      }
    }
  }

  /** Cycles through 64 years. */
  @State(Scope.Benchmark)
  public static class Cold {
    int next;
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public LocalDate addWorkingDays(Warm s) {
    return s.calendar.addWorkingDays(s.from[s.next++ & (DATES - 1)], s.days);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<Holiday> holidaysOfAYearCold(Cold s) {
    return WorkingCalendar.builder().build().holidays(2000 + (s.next++ & 63));
  }
}
