package vn.egov.sdk.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import vn.egov.sdk.testing.feeds.Feed;
import vn.egov.sdk.testing.internal.FeedTransformer;

/**
 * One simulated upstream feed on {@code 127.0.0.1} (a free port), answering like the real feed with
 * the sample bodies shipped in this jar, and able to {@linkplain #inject(Fault) misbehave}. Start one
 * with {@link #start(Kind)} (or all of them with {@link SimulatedUpstreams#start()}), point the code
 * under test at {@link #baseUrl()}, and {@link #close()} it afterwards. Methods may be called from any
 * thread; a change applies to the requests that arrive after it.
 */
public final class SimulatedUpstream implements AutoCloseable {

  /** The API key the simulated OpenWeatherMap accepts ({@code appid=}); any other gets its 401. */
  public static final String OPEN_WEATHER_MAP_KEY = Feed.OPEN_WEATHER_MAP_KEY;

  /** The feeds that can be simulated, with the request path each one answers. */
  public enum Kind {
    /** Vietcombank's XML board. */
    VIETCOMBANK_XML(Feed.VIETCOMBANK_XML),
    /** Vietcombank's JSON API ({@code ?date=YYYY-MM-DD} is required, as on the real one). */
    VIETCOMBANK_JSON(Feed.VIETCOMBANK_JSON),
    /** Open-Meteo's forecast API: one object for one place, an array for several, in request order. */
    OPEN_METEO(Feed.OPEN_METEO),
    /** OpenWeatherMap's current weather ({@code appid} must be {@link #OPEN_WEATHER_MAP_KEY}). */
    OPEN_WEATHER_MAP(Feed.OPEN_WEATHER_MAP);

    private final Feed feed;

    Kind(Feed feed) {
      this.feed = feed;
    }

    /** The request path the feed answers, e.g. {@code /v1/forecast}. */
    public String path() {
      return feed.path();
    }

    /** The feed's bodies and rules (sdk-testing-feeds), which this simulator serves. */
    public Feed feed() {
      return feed;
    }
  }

  private static final Duration DEFAULT_DELAY = Duration.ofSeconds(3);
  private static final Duration BLACK_HOLE = Duration.ofMinutes(10);

  private final Kind kind;
  private final WireMockServer server;
  private Fault fault;
  private Duration delay = DEFAULT_DELAY;
  private boolean changed;
  private byte[] customBody;
  private String customType;

  private SimulatedUpstream(Kind kind) {
    this.kind = kind;
    this.server = new WireMockServer(options()
        .bindAddress("127.0.0.1")
        .dynamicPort()
        .containerThreads(24)
        .asynchronousResponseEnabled(true)
        .asynchronousResponseThreads(8)
        .jettyStopTimeout(200L)
        .notifier(new Slf4jNotifier(false))
        .extensions(new FeedTransformer()));
  }

  /** Starts a simulator of {@code kind} answering normally. */
  public static SimulatedUpstream start(Kind kind) {
    SimulatedUpstream s = new SimulatedUpstream(Objects.requireNonNull(kind, "kind"));
    s.server.start();
    s.apply();
    return s;
  }

  public Kind kind() {
    return kind;
  }

  /** {@code http://127.0.0.1:PORT} (no trailing slash): the base URL to configure in the client. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** The full URL of the feed ({@link #baseUrl()} plus {@link Kind#path()}). */
  public URI feedUrl() {
    return URI.create(baseUrl() + kind.path());
  }

  /** Misbehaves with {@code newFault} from now on (replacing any earlier fault). */
  public synchronized SimulatedUpstream inject(Fault newFault) {
    this.fault = Objects.requireNonNull(newFault, "fault");
    apply();
    return this;
  }

  /** Answers normally but after {@code duration}; the same as {@code inject(DELAY)} with that delay. */
  public synchronized SimulatedUpstream delay(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, was " + duration);
    }
    this.delay = duration;
    return inject(Fault.DELAY);
  }

  /** Serves the "changed" sample (a later board with other rates; other readings) from now on. */
  public synchronized SimulatedUpstream serveChangedData() {
    this.changed = true;
    this.customBody = null;
    apply();
    return this;
  }

  /** Serves exactly {@code body} with HTTP 200 and {@code contentType} (e.g. an attack payload). */
  public synchronized SimulatedUpstream serveBody(String contentType, byte[] body) {
    this.customType = Objects.requireNonNull(contentType, "contentType");
    this.customBody = body.clone();
    apply();
    return this;
  }

  /** Back to normal: the original sample, no fault, no delay. Keeps the request journal. */
  public synchronized SimulatedUpstream heal() {
    fault = null;
    delay = DEFAULT_DELAY;
    changed = false;
    customBody = null;
    apply();
    return this;
  }

  /** How many requests reached the feed's path since the start or {@link #resetRequests()}. */
  public int requestCount() {
    return server.countRequestsMatching(WireMock.getRequestedFor(urlPathEqualTo(kind.path())).build())
        .getCount();
  }

  /** Empties the request journal. */
  public void resetRequests() {
    server.resetRequests();
  }

  /** The underlying WireMock server, for checks this class does not offer. */
  public WireMockServer wireMock() {
    return server;
  }

  @Override
  public void close() {
    server.stop();
  }

  private void apply() {
    server.resetMappings();
    ResponseDefinitionBuilder answer;
    if (customBody != null) {
      answer = aResponse().withStatus(200).withHeader("Content-Type", customType).withBody(customBody);
    } else if (fault == null || fault == Fault.DELAY || fault == Fault.BLACK_HOLE) {
      // The feed's own logic answers (sample bodies, the real feed's 400 and 401), late if so asked.
      answer = aResponse().withTransformers(FeedTransformer.NAME)
          .withTransformerParameter(FeedTransformer.FEED, kind.feed().name())
          .withTransformerParameter(FeedTransformer.CHANGED, changed);
      if (fault == Fault.DELAY) {
        answer = answer.withFixedDelay((int) delay.toMillis());
      } else if (fault == Fault.BLACK_HOLE) {
        answer = answer.withFixedDelay((int) BLACK_HOLE.toMillis());
      }
    } else {
      byte[] body = kind.feed().sample(changed);
      String type = kind.feed().contentType();
      answer = switch (fault) {
        case CONNECTION_RESET -> aResponse().withFault(
            com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
        case SERVER_ERROR -> aResponse().withStatus(503).withHeader("Content-Type", "text/plain")
            .withBody("Service Unavailable");
        case TOO_MANY_REQUESTS -> aResponse().withStatus(429).withHeader("Retry-After", "300")
            .withHeader("Content-Type", "text/plain").withBody("Too Many Requests");
        case HTML_OK -> aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
            .withBody(Feed.resource("block-page.html"));
        case MALFORMED_BODY -> aResponse().withStatus(200).withHeader("Content-Type", type)
            .withBody(malformed(body));
        case TRUNCATED_BODY -> aResponse().withStatus(200).withHeader("Content-Type", type)
            .withBody(Arrays.copyOf(body, body.length / 2));
        case DELAY, BLACK_HOLE -> throw new AssertionError(fault);
      };
    }
    MappingBuilder stub = get(urlPathEqualTo(kind.path())).atPriority(5).willReturn(answer);
    server.stubFor(stub);
    server.stubFor(any(WireMock.anyUrl()).atPriority(10)
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "text/plain").withBody("Not Found")));
  }

  /** The body with {@code "<]}>} inserted in its middle: neither XML nor JSON parses any more. */
  private static byte[] malformed(byte[] body) {
    int mid = body.length / 2;
    byte[] junk = "\"<]}>&".getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[body.length + junk.length];
    System.arraycopy(body, 0, out, 0, mid);
    System.arraycopy(junk, 0, out, mid, junk.length);
    System.arraycopy(body, mid, out, mid + junk.length, body.length - mid);
    return out;
  }

  @Override
  public String toString() {
    return "SimulatedUpstream[" + kind + " at " + baseUrl() + (fault == null ? "" : ", " + fault) + "]";
  }
}
