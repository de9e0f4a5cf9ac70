package vn.egov.sdk.forms;

import java.util.Objects;
import vn.egov.sdk.core.LocalizedText;

/** One option of a choice field: the value stored in the data and its label. */
public record ChoiceOption(String value, LocalizedText label) {
  public ChoiceOption {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
  }
}
