package vn.egov.sdk.forms;

import java.util.Objects;
import java.util.Optional;

/**
 * Ties a citizen-id field to the form's birth date and sex fields so that digits 4–6 of the personal
 * number must agree with them (when they have values). {@code maleValue} and {@code femaleValue} are
 * the option values of the sex field.
 */
public record CitizenIdLinks(Optional<String> birthDateField, Optional<String> sexField, String maleValue,
    String femaleValue) {
  public CitizenIdLinks {
    Objects.requireNonNull(birthDateField, "birthDateField");
    Objects.requireNonNull(sexField, "sexField");
    Objects.requireNonNull(maleValue, "maleValue");
    Objects.requireNonNull(femaleValue, "femaleValue");
  }
}
