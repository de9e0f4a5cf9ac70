package vn.egov.sdk.forms;

import java.util.List;

/** Every violation found in one submission, in the order of the form; valid when there are none. */
public record ValidationReport(List<Violation> violations) {
  public ValidationReport {
    violations = List.copyOf(violations);
  }

  public boolean valid() {
    return violations.isEmpty();
  }
}
