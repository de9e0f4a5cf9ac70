package vn.egov.sdk.examples.security;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How many votes, visits and filings one client may send per period ({@code --rate-limit}); a kind
 * without a limit is not limited. Off unless set: portals that call the HTTP contract
 * server-to-server all come from one address.
 *
 * @param limits the limit of each limited kind
 */
public record RateLimits(Map<Kind, Rate> limits) {

  /** What is limited. */
  public enum Kind {
    /** Ballots: {@code POST /api/polls/{id}/votes} and the page's poll form. */
    VOTES("votes"),
    /** Visitor counting: {@code POST /api/visits}. */
    VISITS("visits"),
    /** Dossiers: {@code POST /api/dossiers} (JSON or multipart) and the e-form page's {@code POST /forms/{id}}. */
    FILINGS("filings");

    private final String option;

    Kind(String option) {
      this.option = option;
    }

    /** The name used in {@code --rate-limit} ({@code votes}, {@code visits}, {@code filings}). */
    public String option() {
      return option;
    }
  }

  /**
   * {@code permits} requests per {@code per}, with bursts of up to {@code permits} (a token bucket
   * that refills evenly over the period).
   */
  public record Rate(int permits, Duration per) {
    public Rate {
      if (permits < 1 || permits > 1_000_000) {
        throw new IllegalArgumentException("a rate limit allows 1 to 1000000 requests, was " + permits);
      }
      if (per == null || per.compareTo(Duration.ofSeconds(1)) < 0 || per.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException("a rate limit's period is 1 second to 1 day, was " + per);
      }
    }

    @Override
    public String toString() {
      long s = per.toSeconds();
      String unit = s % 3600 == 0 ? (s / 3600 == 1 ? "h" : s / 3600 + "h")
          : s % 60 == 0 ? (s / 60 == 1 ? "min" : s / 60 + "min") : (s == 1 ? "s" : s + "s");
      return permits + "/" + unit;
    }
  }

  public RateLimits {
    EnumMap<Kind, Rate> copy = new EnumMap<>(Kind.class);
    copy.putAll(limits);
    limits = java.util.Collections.unmodifiableMap(copy);
  }

  /** No limits (the default). */
  public static RateLimits off() {
    return new RateLimits(Map.of());
  }

  public Optional<Rate> of(Kind kind) {
    return Optional.ofNullable(limits.get(kind));
  }

  public boolean any() {
    return !limits.isEmpty();
  }

  /**
   * Parses {@code KIND=N/PERIOD[,KIND=N/PERIOD…]}, e.g. {@code votes=5/min,visits=600/min,filings=20/h}:
   * kinds {@code votes}, {@code visits}, {@code filings}; periods {@code s}, {@code min}, {@code h}
   * or {@code d}, optionally with a count ({@code 10s}, {@code 15min}).
   */
  public static RateLimits parse(String spec) {
    String name = "--rate-limit";
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    Map<Kind, Rate> limits = new EnumMap<>(Kind.class);
    for (String part : spec.split(",")) {
      String p = part.trim();
      int eq = p.indexOf('=');
      int slash = p.indexOf('/');
      if (eq < 1 || slash < eq + 2 || slash == p.length() - 1) {
        throw new IllegalArgumentException(name + " takes KIND=N/PERIOD[,…] (e.g. votes=5/min), was '" + p + "'");
      }
      Kind kind = kind(p.substring(0, eq).trim());
      if (limits.containsKey(kind)) {
        throw new IllegalArgumentException(name + " sets " + kind.option() + " twice");
      }
      int permits;
      try {
        permits = Integer.parseInt(p.substring(eq + 1, slash).trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + ": the count of '" + p + "' must be a whole number");
      }
      try {
        limits.put(kind, new Rate(permits, period(p.substring(slash + 1).trim())));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ": '" + p + "': " + e.getMessage());
      }
    }
    return new RateLimits(limits);
  }

  private static Kind kind(String s) {
    for (Kind k : Kind.values()) {
      if (k.option().equals(s.toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException("--rate-limit: unknown kind '" + s + "' (votes, visits or filings)");
  }

  private static Duration period(String s) {
    int i = 0;
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      i++;
    }
    long count;
    try {
      count = i == 0 ? 1 : Long.parseLong(s.substring(0, i));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the period '" + s + "' is too long");
    }
    Duration unit = switch (s.substring(i)) {
      case "s", "sec" -> Duration.ofSeconds(1);
      case "m", "min" -> Duration.ofMinutes(1);
      case "h" -> Duration.ofHours(1);
      case "d" -> Duration.ofDays(1);
      default -> throw new IllegalArgumentException("the period '" + s + "' is not s, min, h or d");
    };
    if (count < 1 || count > 86_400) {
      throw new IllegalArgumentException("the period '" + s + "' is out of range");
    }
    return unit.multipliedBy(count);
  }

  @Override
  public String toString() {
    if (limits.isEmpty()) {
      return "off";
    }
    StringBuilder out = new StringBuilder();
    limits.forEach((k, r) -> out.append(out.isEmpty() ? "" : ",").append(k.option()).append('=').append(r));
    return out.toString();
  }
}
