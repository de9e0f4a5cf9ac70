package vn.egov.sdk.core;

import java.util.Objects;

/**
 * One problem found in an input, the one way the SDK reports them: a catalog file, a form definition,
 * a submission's data, a poll definition.
 *
 * <p>The SDK's own problems keep to the conventions below. A problem that another service reported
 * (such as {@link Problem}s a dossier client reads from a 422 answer) is kept as it came.
 *
 * @param path where: a JSON Pointer (RFC 6901) into the input, e.g. {@code /procedures/3/code} or
 *     {@code /citizenId}; {@code ""} for the input as a whole
 * @param code which rule, stable across releases and languages, in upper snake case, e.g.
 *     {@code CITIZEN_ID_PROVINCE} or {@code REQUIRED}; programs branch on it
 * @param message what is wrong, for people, e.g. {@code must be positive}; its wording may change
 */
public record Problem(String path, String code, String message) {
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The JSON Pointer of a path given as its tokens, each escaped ({@code ~} as {@code ~0}, {@code /}
   * as {@code ~1}): {@code pointer("procedures", 3, "code")} is {@code /procedures/3/code}.
   */
  public static String pointer(Object... tokens) {
    StringBuilder b = new StringBuilder();
    for (Object token : tokens) {
      b.append('/').append(escape(String.valueOf(token)));
    }
    return b.toString();
  }

  /** {@code token} escaped for a JSON Pointer. */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code "<path>: <message>"}, {@code "/: <message>"} for the whole input. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "/" : path) + ": " + message;
  }
}
