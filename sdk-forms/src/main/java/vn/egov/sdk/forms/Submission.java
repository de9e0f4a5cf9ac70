package vn.egov.sdk.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/** A dossier to file: the form it fills, the data object and the attached files. */
public record Submission(String formId, JsonNode data, List<Attachment> attachments) {
  public Submission {
    Objects.requireNonNull(formId, "formId");
    data = Objects.requireNonNull(data, "data").deepCopy();
    attachments = List.copyOf(attachments);
  }

  @Override
  public JsonNode data() {
    return data.deepCopy();
  }
}
