package vn.egov.sdk.examples.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;

/**
 * One token bucket per client for one {@link RateLimits.Rate}: up to {@code permits} at once, refilled
 * evenly over the period. Thread-safe; memory is bounded (at most {@code maxClients} buckets, and a
 * bucket idle for a whole period is dropped: it would be full again anyway, so dropping it changes
 * nothing). Time comes from the given {@link Ticker}.
 */
public final class RateLimiter {
  /** What {@link #tryAcquire} decided: allowed, or refused with how long to wait. */
  public record Decision(boolean allowed, Duration retryAfter) {
    static final Decision ALLOWED = new Decision(true, Duration.ZERO);

    /** Whole seconds for {@code Retry-After}, rounded up, at least 1. */
    public long retryAfterSeconds() {
      long s = (retryAfter.toMillis() + 999) / 1000;
      return Math.max(1, s);
    }
  }

  private record Bucket(double tokens, long atNanos) {}

  private final RateLimits.Rate rate;
  private final Ticker ticker;
  private final double nanosPerToken;
  private final Cache<String, Bucket> buckets;

  public RateLimiter(RateLimits.Rate rate, Ticker ticker, int maxClients) {
    this.rate = Objects.requireNonNull(rate, "rate");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    if (maxClients < 1) {
      throw new IllegalArgumentException("maxClients must be at least 1, was " + maxClients);
    }
    this.nanosPerToken = (double) rate.per().toNanos() / rate.permits();
    this.buckets = Caffeine.newBuilder()
        .ticker(ticker)
        .expireAfterAccess(rate.per())
        .maximumSize(maxClients)
        .build();
  }

  public RateLimits.Rate rate() {
    return rate;
  }

  /** Takes one permit for {@code client}, or says how long until one is free. */
  public Decision tryAcquire(String client) {
    Objects.requireNonNull(client, "client");
    long now = ticker.read();
    Decision[] decision = new Decision[1];
    buckets.asMap().compute(client, (k, b) -> {
      double tokens = b == null ? rate.permits()
          : Math.min(rate.permits(), b.tokens() + (now - b.atNanos()) / nanosPerToken);
      if (tokens >= 1) {
        decision[0] = Decision.ALLOWED;
        return new Bucket(tokens - 1, now);
      }
      decision[0] = new Decision(false, Duration.ofNanos((long) Math.ceil((1 - tokens) * nanosPerToken)));
      return new Bucket(tokens, now);
    });
    return decision[0];
  }
}
