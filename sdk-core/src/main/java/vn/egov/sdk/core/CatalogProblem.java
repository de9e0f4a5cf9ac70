package vn.egov.sdk.core;

import java.util.Objects;

/**
 * One problem of a catalog file.
 *
 * @param location a JSON path into the file, e.g. {@code $.procedures[3].channels[0].processingTime.amount}
 * @param message what is wrong, e.g. {@code must be positive}
 */
public record CatalogProblem(String location, String message) {
  public CatalogProblem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
