package vn.egov.sdk.forms;

import java.util.Map;
import java.util.Objects;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.forms.internal.Messages;

/**
 * One broken rule: where (a JSON Pointer into the submitted data, {@code ""} for the whole object),
 * which rule (a stable code such as {@code CITIZEN_ID_PROVINCE}) and its parameters (e.g. {@code max}).
 */
public record Violation(String path, String code, Map<String, Object> params) {
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    params = Map.copyOf(params);
  }

  public static Violation of(String path, String code) {
    return new Violation(path, code, Map.of());
  }

  /** The message for people in that language (Vietnamese or English). */
  public String message(Language language) {
    return Messages.format(code, params, language);
  }
}
