package vn.egov.sdk.forms;

import java.util.Objects;

/**
 * A file sent with a submission for the file field {@code field}. The declared {@code mediaType} must
 * be accepted by the field and agree with the file's first bytes.
 */
public record Attachment(String field, String fileName, String mediaType, byte[] content) {
  public Attachment {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    content = Objects.requireNonNull(content, "content").clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public int size() {
    return content.length;
  }
}
