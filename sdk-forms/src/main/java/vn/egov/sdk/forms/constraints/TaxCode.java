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
import vn.egov.sdk.forms.internal.constraints.TaxCodeValidator;

/**
 * A Vietnamese tax code: 10 digits with a valid check digit, optionally a branch suffix (13 digits, with
 * or without the dash); with {@link #allowPersonalNumber()} also the 12-digit personal number that
 * individuals and household businesses use since 1 July 2025. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = TaxCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface TaxCode {
  String message() default "{vn.egov.sdk.forms.constraints.TaxCode.message}";

  boolean allowPersonalNumber() default false;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
