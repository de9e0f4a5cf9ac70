package vn.egov.sdk.core.units;

import java.util.List;

/** A list of administrative units that cannot be used, with every problem by line ("line 12: …"). */
public final class UnitsFormatException extends RuntimeException {
  private final List<String> problems;

  public UnitsFormatException(List<String> problems) {
    super(problems.size() == 1 ? problems.get(0)
        : problems.size() + " problems, first: " + problems.get(0), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in line order. */
  public List<String> problems() {
    return problems;
  }
}
