package vn.egov.sdk.core.calendar;

import java.util.List;
import java.util.Objects;

/**
 * A holiday-decisions JSON document that cannot be used: not JSON, not the format, or decisions that
 * fail their checks. Lists every problem found, each as {@code <JSON path>: <what is wrong>}, e.g.
 * {@code $.decisions[2].tet[0]: Tết day 2025-03-01 is not in January–February 2025}.
 */
public final class HolidayDecisionsFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public HolidayDecisionsFormatException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in document order, at least one. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format error needs at least one problem");
    }
    return "holiday decisions: " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
        + String.join("; ", problems);
  }
}
