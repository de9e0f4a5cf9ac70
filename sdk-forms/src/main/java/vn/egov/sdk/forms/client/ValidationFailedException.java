package vn.egov.sdk.forms.client;

import java.util.List;

/** The receiving service refused the dossier as invalid (422 {@code VALIDATION_FAILED}), with its violations. */
public final class ValidationFailedException extends DossierClientException {
  /** One violation as the service reported it: JSON Pointer, stable code and its localised message. */
  public record RemoteViolation(String path, String code, String message) {}

  private final transient List<RemoteViolation> violations;

  public ValidationFailedException(List<RemoteViolation> violations) {
    super(violations.size() + " violation(s): " + violations.stream().map(v -> v.path() + " " + v.code())
        .collect(java.util.stream.Collectors.joining(", ")), null);
    this.violations = List.copyOf(violations);
  }

  public List<RemoteViolation> violations() {
    return violations;
  }
}
