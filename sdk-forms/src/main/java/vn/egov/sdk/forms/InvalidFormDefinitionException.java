package vn.egov.sdk.forms;

import java.util.List;
import java.util.stream.Collectors;
import vn.egov.sdk.core.Problem;

/**
 * A form definition that breaks the format. {@link #problems()} lists every problem found (not just
 * the first), each with the JSON Pointer of the offending place in the definition and a stable code
 * such as {@code DUPLICATE} or {@code UNKNOWN_PROPERTY}.
 */
public final class InvalidFormDefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InvalidFormDefinitionException(List<Problem> problems) {
    super("invalid form definition: " + problems.stream().map(Problem::toString)
        .collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: must not be empty");
    }
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
