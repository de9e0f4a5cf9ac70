package vn.egov.sdk.forms.client;

import java.util.List;
import java.util.stream.Collectors;
import vn.egov.sdk.core.Problem;

/**
 * The receiving service refused the dossier as invalid (422 {@code VALIDATION_FAILED}), with its
 * violations as it reported them: JSON Pointer into the data, stable code and the message in the
 * language asked for. The exception's own message names paths and codes only, never the service's text.
 */
public final class ValidationFailedException extends DossierClientException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> violations;

  public ValidationFailedException(List<Problem> violations) {
    super(violations.size() + " violation(s): " + violations.stream().map(v -> v.path() + " " + v.code())
        .collect(Collectors.joining(", ")), null);
    this.violations = List.copyOf(violations);
  }

  public List<Problem> violations() {
    return violations;
  }
}
