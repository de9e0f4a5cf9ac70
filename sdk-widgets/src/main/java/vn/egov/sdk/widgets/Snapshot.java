package vn.egov.sdk.widgets;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.egov.sdk.core.LocalizedText;
import vn.egov.sdk.widgets.internal.Notices;

/**
 * What a widget shows at one moment: its status, the data (absent when {@link Status#UNAVAILABLE}),
 * which provider delivered it, when it was fetched and how old it is.
 *
 * @param status FRESH, STALE or UNAVAILABLE
 * @param provider the provider that delivered {@code data}; the first configured provider when there
 *     is no data
 * @param data the data, {@code null} exactly when the status is UNAVAILABLE
 * @param fetchedAt when {@code data} was fetched; {@code null} without data
 * @param age how long ago {@code data} was fetched; {@code null} without data
 */
public record Snapshot<T>(Status status, String provider, T data, Instant fetchedAt, Duration age) {
  public Snapshot {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(provider, "provider");
    if ((status == Status.UNAVAILABLE) != (data == null)) {
      throw new IllegalArgumentException("data must be absent exactly when the status is UNAVAILABLE");
    }
    if (data != null && (fetchedAt == null || age == null)) {
      throw new IllegalArgumentException("data needs fetchedAt and age");
    }
  }

  public static <T> Snapshot<T> unavailable(String provider) {
    return new Snapshot<>(Status.UNAVAILABLE, provider, null, null, null);
  }

  public Optional<T> dataIfKnown() {
    return Optional.ofNullable(data);
  }

  /**
   * A short sentence for people when the status is not FRESH (the data's age, or that nothing is
   * available yet); {@code null} when FRESH.
   */
  public LocalizedText notice() {
    return Notices.of(status, age);
  }
}
