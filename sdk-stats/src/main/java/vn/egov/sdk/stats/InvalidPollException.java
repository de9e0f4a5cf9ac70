package vn.egov.sdk.stats;

import java.util.List;
import java.util.stream.Collectors;
import vn.egov.sdk.core.Problem;

/**
 * A poll definition that cannot be created; {@link #problems()} lists every problem found, each with
 * the JSON Pointer of the part of the poll (e.g. {@code /options/1/id}, as in the JSON body of
 * {@code POST /api/polls}), a stable code and an English message.
 */
public final class InvalidPollException extends StatsException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InvalidPollException(List<Problem> problems) {
    super("invalid poll: " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: must not be empty");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem, e.g. {@code /options: at least 2 are needed} ({@code TOO_FEW_ITEMS}). */
  public List<Problem> problems() {
    return problems;
  }
}
