package vn.egov.sdk.stats;

import java.util.List;

/** A poll definition that cannot be created; {@link #problems()} lists every problem found. */
public final class InvalidPollException extends StatsException {
  private final List<String> problems;

  public InvalidPollException(List<String> problems) {
    super("invalid poll: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** One English sentence per problem, e.g. {@code "options: at least 2 are needed"}. */
  public List<String> problems() {
    return problems;
  }
}
