package vn.egov.sdk.core.calendar;

import java.util.List;
import java.util.Objects;
import vn.egov.sdk.core.Problem;

/**
 * A holiday-decisions JSON document that cannot be used: not JSON, not the format, or decisions that
 * fail their checks. Lists every problem found as a {@link Problem} — a JSON Pointer, a stable code,
 * a message — e.g. {@code /decisions/2/tet/0}, {@code INVALID_DATE},
 * {@code "2025-13-01" is not a day (YYYY-MM-DD)}.
 */
public final class HolidayDecisionsFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public HolidayDecisionsFormatException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in document order, at least one. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format error needs at least one problem");
    }
    return "holiday decisions: " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
        + String.join("; ", problems.stream().map(Problem::toString).toList());
  }
}
