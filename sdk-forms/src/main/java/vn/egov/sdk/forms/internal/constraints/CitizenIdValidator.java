package vn.egov.sdk.forms.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.egov.sdk.forms.VnIdentifiers;
import vn.egov.sdk.forms.constraints.CitizenId;

public final class CitizenIdValidator implements ConstraintValidator<CitizenId, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || VnIdentifiers.checkCitizenId(value.toString()).isEmpty();
  }
}
