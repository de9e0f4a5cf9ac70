package vn.egov.sdk.forms;

import java.util.List;

/**
 * A form definition that breaks the format. {@link #problems()} lists every problem found (not just
 * the first), each starting with the JSON Pointer of the offending place in the definition.
 */
public final class InvalidFormDefinitionException extends RuntimeException {
  private final List<String> problems;

  public InvalidFormDefinitionException(List<String> problems) {
    super("invalid form definition: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
