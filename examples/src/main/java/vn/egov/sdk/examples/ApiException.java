package vn.egov.sdk.examples;

import java.util.Map;
import java.util.Objects;

/**
 * A failure that the portal server reports to its caller as the contract's error body
 * {@code {"error":{"code":…,"message":…}}}. The message is written for people and must never carry an
 * exception text, an upstream error or personal data. {@code details} are extra members of the error
 * object (for example {@code violations}) and must obey the same rule.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String code;
  private final Map<String, Object> details;

  public ApiException(int status, String code, String message) {
    this(status, code, message, Map.of());
  }

  public ApiException(int status, String code, String message, Map<String, Object> details) {
    super(message, null, false, false);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP error status, was " + status);
    }
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
    this.details = Map.copyOf(details);
  }

  public static ApiException badRequest(String code, String message) {
    return new ApiException(400, code, message);
  }

  public static ApiException notFound(String code, String message) {
    return new ApiException(404, code, message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Map<String, Object> details() {
    return details;
  }
}
