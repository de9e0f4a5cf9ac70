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
import vn.egov.sdk.forms.internal.constraints.CitizenIdValidator;

/**
 * A 12-digit personal identification number with a known province code (same rule as form fields of
 * type {@code citizenId}). {@code null} is valid; combine with {@code @NotNull} where required.
 */
@Documented
@Constraint(validatedBy = CitizenIdValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface CitizenId {
  String message() default "{vn.egov.sdk.forms.constraints.CitizenId.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
