package vn.egov.sdk.core.catalog;

import java.util.List;
import vn.egov.sdk.core.Problem;

/**
 * A catalog was rejected as a whole; {@link #problems()} lists every problem found, each with its
 * location in the file as a JSON Pointer (e.g. {@code /procedures/3/channels/0/processingTime/amount})
 * and a stable code. Nothing of a rejected catalog is loaded.
 */
public final class CatalogFormatException extends RuntimeException {
  private final List<Problem> problems;

  public CatalogFormatException(List<Problem> problems) {
    super(summary(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: must not be empty");
    }
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    StringBuilder s = new StringBuilder("catalog rejected, ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    problems.stream().limit(20).forEach(p -> s.append("\n  ").append(p));
    if (problems.size() > 20) {
      s.append("\n  …");
    }
    return s.toString();
  }
}
