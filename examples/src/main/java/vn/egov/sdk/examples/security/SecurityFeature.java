package vn.egov.sdk.examples.security;

import com.github.benmanes.caffeine.cache.Ticker;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.egov.sdk.examples.ApiException;
import vn.egov.sdk.examples.Lang;
import vn.egov.sdk.examples.Routes;

/**
 * What makes the portal server safe to put online, registered before every other route: the
 * {@link SecurityHeaders} on every response, the {@link OriginPolicy} on every state-changing
 * request (403 {@code CROSS_ORIGIN_REQUEST}), and the per-client {@link RateLimits} on votes, visits
 * and filings (429 {@code RATE_LIMITED} with {@code Retry-After}).
 */
public final class SecurityFeature implements Routes {
  private static final Logger log = LoggerFactory.getLogger(SecurityFeature.class);
  /** Buckets kept per kind at most; beyond, the least recently seen clients start afresh. */
  static final int MAX_CLIENTS = 100_000;

  /**
   * The POST routes each kind of limit guards. A new route that takes ballots, visits or dossiers
   * adds its path here.
   */
  public static final Map<RateLimits.Kind, List<String>> LIMITED_PATHS = Map.of(
      RateLimits.Kind.VOTES, List.of("/api/polls/{id}/votes", "/binh-chon/{id}"),
      RateLimits.Kind.VISITS, List.of("/api/visits"),
      RateLimits.Kind.FILINGS, List.of("/api/dossiers", "/forms/{id}"));

  private final SecurityOptions options;
  private final Map<String, String> headers;
  private final OriginPolicy origins;
  private final Map<RateLimits.Kind, RateLimiter> limiters = new EnumMap<>(RateLimits.Kind.class);

  public SecurityFeature(SecurityOptions options) {
    this(options, Ticker.systemTicker());
  }

  public SecurityFeature(SecurityOptions options, Ticker ticker) {
    this.options = options;
    this.headers = SecurityHeaders.all(options.allowedOrigins());
    this.origins = new OriginPolicy(options.allowedOrigins());
    options.rateLimits().limits().forEach((kind, rate) -> limiters.put(kind, new RateLimiter(rate, ticker, MAX_CLIENTS)));
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.before(ctx -> headers.forEach(ctx::header));
    routes.before(this::checkOrigin);
    limiters.forEach((kind, limiter) -> {
      for (String path : LIMITED_PATHS.get(kind)) {
        routes.before(path, ctx -> limit(ctx, kind, limiter));
      }
    });
  }

  private void checkOrigin(Context ctx) {
    String method = ctx.req().getMethod();
    String origin = ctx.header("Origin");
    if (origins.allows(method, ctx.header("Sec-Fetch-Site"), origin, host(ctx))) {
      return;
    }
    log.debug("Refused a cross-origin {} from origin {}", method, printable(origin));
    throw new ApiException(403, "CROSS_ORIGIN_REQUEST", Lang.of(ctx).pick(
        "Yêu cầu gửi từ một trang web khác bị từ chối.", "A request sent from another website is refused."));
  }

  private String host(Context ctx) {
    String forwarded = ctx.header("X-Forwarded-Host");
    if (forwarded != null && !forwarded.isBlank() && options.trustedProxies().isTrusted(ctx.req().getRemoteAddr())) {
      return forwarded.split(",")[0].trim();
    }
    return ctx.header("Host");
  }

  private void limit(Context ctx, RateLimits.Kind kind, RateLimiter limiter) {
    if (!"POST".equalsIgnoreCase(ctx.req().getMethod())) {
      return;
    }
    String client = options.trustedProxies().clientKey(ctx.req().getRemoteAddr(),
        java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
    RateLimiter.Decision d = limiter.tryAcquire(client);
    if (d.allowed()) {
      return;
    }
    ctx.header("Retry-After", Long.toString(d.retryAfterSeconds()));
    throw new ApiException(429, "RATE_LIMITED", Lang.of(ctx).pick(
        "Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau " + d.retryAfterSeconds() + " giây.",
        "Too many requests. Please try again in " + d.retryAfterSeconds() + " seconds."),
        Map.of("retryAfterSeconds", d.retryAfterSeconds()));
  }

  /** At most 100 printable ASCII characters of a header value, for a log line. */
  static String printable(String value) {
    if (value == null) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length() && out.length() < 100; i++) {
      char c = value.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return out.toString();
  }
}
