package vn.egov.sdk.examples;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.egov.sdk.examples.security.AdminTokens;
import vn.egov.sdk.examples.security.ClientAddresses;
import vn.egov.sdk.examples.security.OriginPolicy;
import vn.egov.sdk.examples.security.RateLimits;
import vn.egov.sdk.examples.security.SecurityOptions;

/**
 * The portal server's command line, as fixed by the HTTP contract. Every option is parsed and
 * checked at once; a bad one is an {@link IllegalArgumentException} whose message names it.
 *
 * @param port port on 127.0.0.1, {@code 0} for a free one
 * @param dataDir embedded storage (counters, votes, dossiers, last-known-good boards)
 * @param statsStore {@code jdbc:sqlite:…}, {@code jdbc:h2:…} (not crash-safe), {@code jdbc:postgresql://…}
 *     or {@code redis://…}; empty for the embedded SQLite file in {@code dataDir}
 * @param fxUrl base URL of the exchange-rate upstream; empty for the real public feed
 * @param weatherUrl base URL of the weather upstream; empty for the real public feed
 * @param fxRefresh how long a board counts as fresh
 * @param weatherRefresh how long a weather reading counts as fresh
 * @param simulateUpstreams start local simulated upstreams so every widget is live offline
 * @param adminToken enables the admin endpoints; empty disables them (they answer 404). From
 *     {@code --admin-token}, {@code --admin-token-file} or the {@code EGOV_ADMIN_TOKEN} environment
 *     variable; never part of {@link #toString()}
 * @param security allowed origins, rate limits and trusted proxies ({@code --allowed-origins},
 *     {@code --rate-limit}, {@code --trusted-proxies})
 */
public record ServerOptions(
    int port,
    Path dataDir,
    Optional<String> statsStore,
    Optional<URI> fxUrl,
    Optional<URI> weatherUrl,
    Duration fxRefresh,
    Duration weatherRefresh,
    boolean simulateUpstreams,
    Optional<String> adminToken,
    SecurityOptions security) {

  public static final int DEFAULT_PORT = 8080;
  public static final Duration DEFAULT_FX_REFRESH = Duration.ofSeconds(300);
  public static final Duration DEFAULT_WEATHER_REFRESH = Duration.ofSeconds(600);

  public ServerOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
    }
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(statsStore, "statsStore");
    Objects.requireNonNull(fxUrl, "fxUrl");
    Objects.requireNonNull(weatherUrl, "weatherUrl");
    requirePositive("--fx-refresh", fxRefresh);
    requirePositive("--weather-refresh", weatherRefresh);
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(security, "security");
  }

  /** The defaults of the contract: port 8080, {@code ./data}, real feeds, no admin token. */
  public static ServerOptions defaults() {
    return new ServerOptions(DEFAULT_PORT, Path.of("data"), Optional.empty(), Optional.empty(),
        Optional.empty(), DEFAULT_FX_REFRESH, DEFAULT_WEATHER_REFRESH, false, Optional.empty(),
        SecurityOptions.defaults());
  }

  public ServerOptions withPort(int newPort) {
    return new ServerOptions(newPort, dataDir, statsStore, fxUrl, weatherUrl, fxRefresh,
        weatherRefresh, simulateUpstreams, adminToken, security);
  }

  public ServerOptions withDataDir(Path dir) {
    return new ServerOptions(port, dir, statsStore, fxUrl, weatherUrl, fxRefresh, weatherRefresh,
        simulateUpstreams, adminToken, security);
  }

  public ServerOptions withAdminToken(String token) {
    return new ServerOptions(port, dataDir, statsStore, fxUrl, weatherUrl, fxRefresh,
        weatherRefresh, simulateUpstreams, Optional.of(token), security);
  }

  public ServerOptions withSecurity(SecurityOptions newSecurity) {
    return new ServerOptions(port, dataDir, statsStore, fxUrl, weatherUrl, fxRefresh, weatherRefresh,
        simulateUpstreams, adminToken, newSecurity);
  }

  public ServerOptions withSimulatedUpstreams(boolean simulate) {
    return new ServerOptions(port, dataDir, statsStore, fxUrl, weatherUrl, fxRefresh,
        weatherRefresh, simulate, adminToken, security);
  }

  public ServerOptions withStatsStore(String url) {
    return new ServerOptions(port, dataDir, Optional.of(url), fxUrl, weatherUrl, fxRefresh,
        weatherRefresh, simulateUpstreams, adminToken, security);
  }

  public ServerOptions withUpstreams(URI fx, URI weather) {
    return new ServerOptions(port, dataDir, statsStore, Optional.ofNullable(fx),
        Optional.ofNullable(weather), fxRefresh, weatherRefresh, simulateUpstreams, adminToken, security);
  }

  public ServerOptions withRefresh(Duration fx, Duration weather) {
    return new ServerOptions(port, dataDir, statsStore, fxUrl, weatherUrl, fx, weather,
        simulateUpstreams, adminToken, security);
  }

  /** The environment variable that can hold the admin token (kept out of the process list). */
  public static final String ADMIN_TOKEN_VARIABLE = "EGOV_ADMIN_TOKEN";

  private static final List<String> VALUED_OPTIONS = List.of("--port", "--data-dir", "--stats-store",
      "--fx-url", "--weather-url", "--fx-refresh", "--weather-refresh", "--admin-token",
      "--admin-token-file", "--allowed-origins", "--rate-limit", "--trusted-proxies");

  /**
   * Parses the command line with the process's environment ({@value #ADMIN_TOKEN_VARIABLE});
   * {@code --help} is reported by {@link #isHelp(String[])}.
   */
  public static ServerOptions parse(String... args) {
    return parse(System.getenv(), args);
  }

  /**
   * Parses the command line; the admin token is taken from {@code --admin-token},
   * {@code --admin-token-file} or, when neither is given, {@code env}'s {@value #ADMIN_TOKEN_VARIABLE}.
   */
  public static ServerOptions parse(java.util.Map<String, String> env, String... args) {
    ServerOptions o = defaults();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String inline = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        inline = arg.substring(eq + 1);
      }
      if (seen.contains(name)) {
        throw new IllegalArgumentException(name + " is given twice");
      }
      seen.add(name);
      if (name.equals("--simulate-upstreams")) {
        if (inline != null) {
          throw new IllegalArgumentException("--simulate-upstreams takes no value");
        }
        o = o.withSimulatedUpstreams(true);
        continue;
      }
      if (!VALUED_OPTIONS.contains(name)) {
        throw new IllegalArgumentException("unknown option " + name);
      }
      String value;
      if (inline != null) {
        value = inline;
      } else {
        // "--admin-token --port 1" lacks the token: the next option is never taken as a value
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        value = args[++i];
      }
      switch (name) {
        case "--port" -> o = o.withPort(parseInt(name, value));
        case "--data-dir" -> o = o.withDataDir(Path.of(requireText(name, value)));
        case "--stats-store" -> o = o.withStatsStore(parseStore(value));
        case "--fx-url" -> o = o.withUpstreams(parseUrl(name, value), o.weatherUrl().orElse(null));
        case "--weather-url" -> o = o.withUpstreams(o.fxUrl().orElse(null), parseUrl(name, value));
        case "--fx-refresh" -> o = o.withRefresh(parseSeconds(name, value), o.weatherRefresh());
        case "--weather-refresh" -> o = o.withRefresh(o.fxRefresh(), parseSeconds(name, value));
        case "--admin-token" -> o = o.withAdminToken(requireText(name, value));
        case "--admin-token-file" -> o = o.withAdminToken(AdminTokens.fromFile(Path.of(requireText(name, value))));
        case "--allowed-origins" -> o = o.withSecurity(o.security().withAllowedOrigins(OriginPolicy.parseList(value)));
        case "--rate-limit" -> o = o.withSecurity(o.security().withRateLimits(RateLimits.parse(value)));
        case "--trusted-proxies" -> o = o.withSecurity(o.security().withTrustedProxies(ClientAddresses.parse(value)));
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    if (seen.contains("--admin-token") && seen.contains("--admin-token-file")) {
      throw new IllegalArgumentException("give the admin token once: --admin-token or --admin-token-file, not both");
    }
    if (o.adminToken().isEmpty()) {
      String fromEnv = env.get(ADMIN_TOKEN_VARIABLE);
      if (fromEnv != null && !fromEnv.isBlank()) {
        o = o.withAdminToken(AdminTokens.check(ADMIN_TOKEN_VARIABLE, fromEnv.strip()));
      }
    }
    return o;
  }

  /** Every option, with the admin token masked: safe for a log line. */
  @Override
  public String toString() {
    return "ServerOptions[port=" + port + ", dataDir=" + dataDir + ", statsStore="
        + statsStore.map(ServerOptions::withoutPassword).orElse("(embedded)") + ", fxUrl="
        + fxUrl.map(URI::toString).orElse("(public feed)") + ", weatherUrl="
        + weatherUrl.map(URI::toString).orElse("(public feed)") + ", fxRefresh=" + fxRefresh.toSeconds()
        + "s, weatherRefresh=" + weatherRefresh.toSeconds() + "s, simulateUpstreams=" + simulateUpstreams
        + ", adminToken=" + (adminToken.isPresent() ? "(set)" : "(none)") + ", allowedOrigins="
        + security.allowedOrigins() + ", rateLimit=" + security.rateLimits() + ", trustedProxies="
        + security.trustedProxies() + "]";
  }

  /** A store URL with any password parameter masked. */
  private static String withoutPassword(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("(redis://[^:@/]*:)[^@/]*@", "$1***@");
  }

  public static boolean isHelp(String... args) {
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  public static String usage() {
    return """
        Usage: java -jar portal-demo.jar [options]
          --port N                  port on 127.0.0.1; 0 picks a free one (default 8080)
          --data-dir DIR            embedded storage (default ./data)
          --stats-store URL         jdbc:sqlite:…, jdbc:postgresql://…, redis://host:port[/db]
                                    or jdbc:h2:… (not crash-safe)
                                    (default: embedded SQLite file in the data dir)
          --fx-url URL              base URL of the exchange-rate upstream
          --weather-url URL         base URL of the weather upstream
          --fx-refresh SECONDS      freshness of an exchange-rate board (default 300)
          --weather-refresh SECONDS freshness of a weather reading (default 600)
          --simulate-upstreams      start local simulated upstreams (offline demo)
          --admin-token TOKEN       enables the admin endpoints (visible in the process
                                    list: prefer the two ways below)
          --admin-token-file FILE   the admin token is the file's content (trailing newline
                                    ignored); or set the environment variable EGOV_ADMIN_TOKEN
          --allowed-origins LIST    origins besides this server whose pages may post here and
                                    frame it, comma-separated (https://portal.example.gov.vn)
          --rate-limit LIST         per-client limits, off unless set: KIND=N/PERIOD,…
                                    with KIND votes, visits or filings and PERIOD s, min, h
                                    or d (votes=5/min,visits=600/min,filings=20/h); over it
                                    a request gets 429 with Retry-After
          --trusted-proxies LIST    reverse proxies (IPs or networks, e.g. 127.0.0.1,::1) whose
                                    X-Forwarded-For / X-Forwarded-Host name the client
        """;
  }

  private static void requirePositive(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be at least 1 second, was " + d.toSeconds());
    }
  }

  private static String requireText(String name, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return value;
  }

  private static int parseInt(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
    }
  }

  private static Duration parseSeconds(String name, String value) {
    long seconds;
    try {
      seconds = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number of seconds, was '" + value + "'");
    }
    if (seconds < 1) {
      throw new IllegalArgumentException(name + " must be at least 1 second, was " + seconds);
    }
    return Duration.ofSeconds(seconds);
  }

  private static URI parseUrl(String name, String value) {
    try {
      URI uri = new URI(value.trim());
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException(name + " must be an http(s) URL with a host, was '" + value + "'");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(name + " is not a valid URL: '" + value + "'");
    }
  }

  private static String parseStore(String value) {
    String v = value.trim();
    if (!(v.startsWith("jdbc:sqlite:") || v.startsWith("jdbc:h2:") || v.startsWith("jdbc:postgresql://")
        || v.startsWith("redis://"))) {
      throw new IllegalArgumentException(
          "--stats-store must start with jdbc:sqlite:, jdbc:h2:, jdbc:postgresql:// or redis://");
    }
    return v;
  }
}
