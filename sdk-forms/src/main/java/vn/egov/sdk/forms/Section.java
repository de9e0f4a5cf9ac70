package vn.egov.sdk.forms;

import java.util.List;
import java.util.Objects;
import vn.egov.sdk.core.LocalizedText;

/** A titled part of a form. Sections only group fields for people; the data object is flat. */
public record Section(String id, LocalizedText title, List<FieldDefinition> fields) {
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    fields = List.copyOf(fields);
  }
}
