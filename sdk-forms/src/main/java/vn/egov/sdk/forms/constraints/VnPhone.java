package vn.egov.sdk.forms.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import vn.egov.sdk.forms.PhoneKind;
import vn.egov.sdk.forms.internal.constraints.VnPhoneValidator;

/**
 * A Vietnamese telephone number, {@code 0…} or {@code +84…}: a mobile number with a prefix in use, or
 * an 11-digit landline ({@code 02…}), as {@link #kind()} allows. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = VnPhoneValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface VnPhone {
  String message() default "{vn.egov.sdk.forms.constraints.VnPhone.message}";

  PhoneKind kind() default PhoneKind.ANY;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
