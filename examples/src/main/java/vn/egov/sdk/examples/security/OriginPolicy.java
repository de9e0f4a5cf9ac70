package vn.egov.sdk.examples.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses state-changing requests that a browser sent from another site (cross-site request
 * forgery), and lets every other request through — in particular server-to-server calls, which
 * carry neither {@code Origin} nor {@code Sec-Fetch-Site}, as the HTTP contract makes them.
 *
 * <p>The decision follows Go 1.25's {@code net/http.CrossOriginProtection}: safe methods pass; a
 * {@code Sec-Fetch-Site} of {@code same-origin} or {@code none} passes, any other value is refused
 * unless the {@code Origin} is allowed; without {@code Sec-Fetch-Site} (older browsers), an
 * {@code Origin} whose host and port equal the request's {@code Host} passes, as does an allowed one,
 * and no {@code Origin} at all passes. Allowed origins ({@code --allowed-origins}) are the agency
 * portals that post to this server from their own pages, and may also frame it.
 */
public final class OriginPolicy {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final Set<String> allowed;

  public OriginPolicy(List<String> allowedOrigins) {
    Set<String> set = new LinkedHashSet<>();
    for (String o : allowedOrigins) {
      set.add(normalize(o));
    }
    this.allowed = Set.copyOf(set);
  }

  /** {@code true} when the request may go on. {@code host} is the request's (or the proxy's forwarded) host. */
  public boolean allows(String method, String secFetchSite, String origin, String host) {
    if (SAFE.contains(method.toUpperCase(Locale.ROOT))) {
      return true;
    }
    if (secFetchSite != null && !secFetchSite.isBlank()) {
      String site = secFetchSite.trim().toLowerCase(Locale.ROOT);
      return site.equals("same-origin") || site.equals("none") || isAllowed(origin);
    }
    if (origin == null || origin.isBlank()) {
      return true;
    }
    return sameHost(origin, host) || isAllowed(origin);
  }

  private boolean isAllowed(String origin) {
    if (origin == null || allowed.isEmpty()) {
      return false;
    }
    try {
      return allowed.contains(normalize(origin));
    } catch (IllegalArgumentException e) {
      return false; // "null" and other opaque origins are never allowed
    }
  }

  private static boolean sameHost(String origin, String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    try {
      URI o = new URI(origin.trim());
      if (o.getHost() == null || o.getScheme() == null) {
        return false;
      }
      String authority = o.getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(host.trim());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * An origin as browsers send it: {@code scheme://host[:port]}, lower case, without a default port,
   * path, query or user info. Throws {@link IllegalArgumentException} with a precise message otherwise.
   */
  public static String normalize(String origin) {
    String o = origin == null ? "" : origin.trim();
    URI uri;
    try {
      uri = new URI(o);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + o + "' is not an origin (scheme://host[:port])");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
        || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
        || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
      throw new IllegalArgumentException("'" + o + "' is not an origin: give scheme://host[:port] with http or https"
          + " and no path (e.g. https://dichvucong.example.gov.vn)");
    }
    int port = uri.getPort();
    boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }

  /** Parses {@code --allowed-origins ORIGIN[,ORIGIN…]}. */
  public static List<String> parseList(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("--allowed-origins must not be empty");
    }
    List<String> out = new ArrayList<>();
    for (String part : spec.split(",")) {
      try {
        String n = normalize(part);
        if (!out.contains(n)) {
          out.add(n);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--allowed-origins: " + e.getMessage());
      }
    }
    return List.copyOf(out);
  }

  public Set<String> allowed() {
    return allowed;
  }
}
