package vn.egov.sdk.examples.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headers every response of the portal server carries — pages, fragments, JSON, errors, static
 * files:
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: everything from the server itself, no inline script or
 *       style (no {@code unsafe-inline}, no {@code unsafe-eval}), no plug-ins, no {@code <base>},
 *       forms posting only to the server, framing only by the server and the allowed origins;
 *   <li>{@code X-Content-Type-Options: nosniff};
 *   <li>{@code Referrer-Policy: strict-origin-when-cross-origin} (a dossier code in a path never
 *       leaves the site in a {@code Referer}; same-origin posts keep a real {@code Origin}, which the
 *       origin check needs);
 *   <li>{@code Cross-Origin-Opener-Policy: same-origin} and a {@code Permissions-Policy} turning off
 *       the powerful features no page here uses.
 * </ul>
 */
public final class SecurityHeaders {
  private SecurityHeaders() {}

  public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
  public static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

  /** The policy, framing allowed to the server itself and {@code frameAncestors}. */
  public static String contentSecurityPolicy(List<String> frameAncestors) {
    StringBuilder ancestors = new StringBuilder("'self'");
    for (String o : frameAncestors) {
      ancestors.append(' ').append(OriginPolicy.normalize(o));
    }
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors "
        + ancestors;
  }

  /** Every header, in a stable order. */
  public static Map<String, String> all(List<String> frameAncestors) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", contentSecurityPolicy(frameAncestors));
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", REFERRER_POLICY);
    h.put("Cross-Origin-Opener-Policy", "same-origin");
    h.put("Permissions-Policy", PERMISSIONS_POLICY);
    return java.util.Collections.unmodifiableMap(h);
  }

  /** The headers for a response made before the request reached the application (Jetty's own errors). */
  public static Map<String, String> defaults() {
    return all(List.of());
  }
}
