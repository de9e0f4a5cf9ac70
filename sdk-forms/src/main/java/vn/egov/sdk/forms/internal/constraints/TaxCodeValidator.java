package vn.egov.sdk.forms.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.egov.sdk.forms.VnIdentifiers;
import vn.egov.sdk.forms.constraints.TaxCode;

public final class TaxCodeValidator implements ConstraintValidator<TaxCode, CharSequence> {
  private boolean allowPersonalNumber;

  @Override
  public void initialize(TaxCode annotation) {
    this.allowPersonalNumber = annotation.allowPersonalNumber();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || VnIdentifiers.checkTaxCode(value.toString(), allowPersonalNumber).isEmpty();
  }
}
