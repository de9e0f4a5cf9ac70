package vn.egov.sdk.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import vn.egov.sdk.forms.internal.SubmissionChecker;

/**
 * Validates submissions against a form definition, collecting every violation at once. Stateless and
 * thread-safe. Never throws for bad data: whatever the JSON, the answer is a report.
 */
public final class FormValidator {
  /** Compiled patterns of the definitions seen; bounded by the definitions an application loads. */
  private final ConcurrentMap<String, Pattern> patterns = new ConcurrentHashMap<>();

  /** Checks the data object alone (file fields are checked only as lists of file names). */
  public ValidationReport validate(FormDefinition form, JsonNode data) {
    return new SubmissionChecker(form, null, this::pattern).check(data);
  }

  /**
   * Checks the data object and its attachments: every file name listed under a file field must come
   * with an attachment, within the field's size, count and type limits, its content matching its type.
   */
  public ValidationReport validate(FormDefinition form, JsonNode data, List<Attachment> attachments) {
    return new SubmissionChecker(form, List.copyOf(attachments), this::pattern).check(data);
  }

  private Pattern pattern(String regex) {
    return patterns.computeIfAbsent(regex, Pattern::compile);
  }
}
