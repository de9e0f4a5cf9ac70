package vn.egov.sdk.core.catalog;

import java.util.List;
import vn.egov.sdk.core.CatalogProblem;

/**
 * A catalog was rejected as a whole; {@link #problems()} lists every problem found, each with its
 * location. Nothing of a rejected catalog is loaded.
 */
public final class CatalogFormatException extends RuntimeException {
  private final List<CatalogProblem> problems;

  public CatalogFormatException(List<CatalogProblem> problems) {
    super(summary(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: must not be empty");
    }
    this.problems = List.copyOf(problems);
  }

  public List<CatalogProblem> problems() {
    return problems;
  }

  private static String summary(List<CatalogProblem> problems) {
    StringBuilder s = new StringBuilder("catalog rejected, ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    problems.stream().limit(20).forEach(p -> s.append("\n  ").append(p));
    if (problems.size() > 20) {
      s.append("\n  …");
    }
    return s.toString();
  }
}
