package vn.egov.sdk.stats;

import java.util.Objects;

/** One answer of a poll: a stable id (letters, digits, {@code -}, {@code _}; 1–32) and its text. */
public record PollOption(String id, String text) {
  public PollOption {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
