package vn.egov.sdk.forms;

import java.util.Objects;
import java.util.Optional;

/**
 * A condition on another field of the same scope (the top level of the form, or the same item of a
 * repeating group): it holds when that field has a value, or, with {@code equals}, when its value is
 * exactly that string.
 */
public record Condition(String field, Optional<String> equals) {
  public Condition {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(equals, "equals");
  }
}
