package vn.egov.sdk.examples.security;

import java.util.List;
import java.util.Objects;

/**
 * The server options that make the portal server safe to put online.
 *
 * @param allowedOrigins origins (besides the server's own) whose pages may post to it and frame
 *     it ({@code --allowed-origins}); empty: only the server's own pages
 * @param rateLimits votes, visits and filings per client ({@code --rate-limit}); off by default
 * @param trustedProxies reverse proxies whose {@code X-Forwarded-For} / {@code X-Forwarded-Host}
 *     are believed ({@code --trusted-proxies}); none by default
 */
public record SecurityOptions(List<String> allowedOrigins, RateLimits rateLimits, ClientAddresses trustedProxies) {
  public SecurityOptions {
    allowedOrigins = List.copyOf(allowedOrigins).stream().map(OriginPolicy::normalize).distinct().toList();
    Objects.requireNonNull(rateLimits, "rateLimits");
    Objects.requireNonNull(trustedProxies, "trustedProxies");
  }

  /** Only the server's own origin, no rate limits, no trusted proxy. */
  public static SecurityOptions defaults() {
    return new SecurityOptions(List.of(), RateLimits.off(), ClientAddresses.direct());
  }

  public SecurityOptions withAllowedOrigins(List<String> origins) {
    return new SecurityOptions(origins, rateLimits, trustedProxies);
  }

  public SecurityOptions withRateLimits(RateLimits limits) {
    return new SecurityOptions(allowedOrigins, limits, trustedProxies);
  }

  public SecurityOptions withTrustedProxies(ClientAddresses proxies) {
    return new SecurityOptions(allowedOrigins, rateLimits, proxies);
  }
}
