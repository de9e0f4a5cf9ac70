package vn.egov.sdk.widgets;

import java.time.Duration;
import java.util.Objects;

/**
 * How the built-in providers talk HTTP.
 *
 * @param connectTimeout to open a connection
 * @param readTimeout between two reads of the answer
 * @param callTimeout for one whole request, from connecting to the last byte
 * @param maxBodyBytes larger answers are refused unread
 * @param userAgent sent with every request
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, Duration callTimeout,
    int maxBodyBytes, String userAgent) {
  public HttpSettings {
    positive("connectTimeout", connectTimeout);
    positive("readTimeout", readTimeout);
    positive("callTimeout", callTimeout);
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024, was " + maxBodyBytes);
    }
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
  }

  /** 3 s to connect, 5 s between reads, 8 s per request, answers up to 512 KiB. */
  public static HttpSettings defaults() {
    return new HttpSettings(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(8),
        512 * 1024, "vn.egov.sdk-widgets/0.1");
  }

  public HttpSettings withTimeouts(Duration connect, Duration read, Duration call) {
    return new HttpSettings(connect, read, call, maxBodyBytes, userAgent);
  }

  public HttpSettings withMaxBodyBytes(int max) {
    return new HttpSettings(connectTimeout, readTimeout, callTimeout, max, userAgent);
  }

  static void positive(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }
}
