package vn.egov.sdk.forms;

import java.util.List;
import java.util.Objects;

/**
 * Limits of a file field: accepted media types (each checked against the file's magic bytes), the
 * largest size of one file and how many files the field takes.
 */
public record FileRules(List<String> accept, long maxBytes, int maxFiles) {
  public FileRules {
    accept = List.copyOf(Objects.requireNonNull(accept, "accept"));
    if (maxBytes < 1 || maxFiles < 1) {
      throw new IllegalArgumentException("maxBytes and maxFiles must be positive");
    }
  }
}
