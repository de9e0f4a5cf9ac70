package vn.egov.sdk.forms.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.egov.sdk.forms.PhoneKind;
import vn.egov.sdk.forms.VnIdentifiers;
import vn.egov.sdk.forms.constraints.VnPhone;

public final class VnPhoneValidator implements ConstraintValidator<VnPhone, CharSequence> {
  private PhoneKind kind;

  @Override
  public void initialize(VnPhone annotation) {
    this.kind = annotation.kind();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || VnIdentifiers.checkPhone(value.toString(), kind).isEmpty();
  }
}
