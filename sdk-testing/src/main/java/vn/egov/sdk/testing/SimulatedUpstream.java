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
import vn.egov.sdk.testing.internal.OpenMeteoTransformer;
import vn.egov.sdk.testing.internal.Resources;

/**
 * One simulated upstream feed on {@code 127.0.0.1} (a free port), answering like the real feed with
 * the sample bodies shipped in this jar, and able to {@linkplain #inject(Fault) misbehave}. Start one
 * with {@link #start(Kind)} (or all of them with {@link SimulatedUpstreams#start()}), point the code
 * under test at {@link #baseUrl()}, and {@link #close()} it afterwards. Methods may be called from any
 * thread; a change applies to the requests that arrive after it.
 */
public final class SimulatedUpstream implements AutoCloseable {

  /** The API key the simulated OpenWeatherMap accepts ({@code appid=}); any other gets its 401. */
  public static final String OPEN_WEATHER_MAP_KEY = "simulated-openweathermap-key";

  /** The feeds that can be simulated, with the request path each one answers. */
  public enum Kind {
    /** Vietcombank's XML board. */
    VIETCOMBANK_XML("/Usercontrols/TVPortal.TyGia/pXML.aspx", "application/xml; charset=utf-8",
        "vietcombank-board.xml", "vietcombank-board-changed.xml"),
    /** Vietcombank's JSON API ({@code ?date=YYYY-MM-DD} is required, as on the real one). */
    VIETCOMBANK_JSON("/api/exchangerates", "application/json; charset=utf-8",
        "vietcombank-api.json", "vietcombank-api-changed.json"),
    /** Open-Meteo's forecast API: one object for one place, an array for several, in request order. */
    OPEN_METEO("/v1/forecast", "application/json; charset=utf-8",
        "open-meteo-places.jsonl", "open-meteo-places-changed.jsonl"),
    /** OpenWeatherMap's current weather ({@code appid} must be {@link #OPEN_WEATHER_MAP_KEY}). */
    OPEN_WEATHER_MAP("/data/2.5/weather", "application/json; charset=utf-8",
        "openweathermap-current.json", "openweathermap-current-changed.json");

    private final String path;
    private final String contentType;
    private final String body;
    private final String changedBody;

    Kind(String path, String contentType, String body, String changedBody) {
      this.path = path;
      this.contentType = contentType;
      this.body = body;
      this.changedBody = changedBody;
    }

    /** The request path the feed answers, e.g. {@code /v1/forecast}. */
    public String path() {
      return path;
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
        .extensions(new OpenMeteoTransformer()));
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
    return URI.create(baseUrl() + kind.path);
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
    return server.countRequestsMatching(WireMock.getRequestedFor(urlPathEqualTo(kind.path)).build())
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
    byte[] body = customBody != null ? customBody : sampleBody();
    String type = customBody != null ? customType : kind.contentType;
    ResponseDefinitionBuilder answer = aResponse().withStatus(200).withHeader("Content-Type", type)
        .withBody(body);
    if (fault != null) {
      answer = switch (fault) {
        case DELAY -> answer.withFixedDelay((int) delay.toMillis());
        case BLACK_HOLE -> answer.withFixedDelay((int) BLACK_HOLE.toMillis());
        case CONNECTION_RESET -> aResponse().withFault(
            com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
        case SERVER_ERROR -> aResponse().withStatus(503).withHeader("Content-Type", "text/plain")
            .withBody("Service Unavailable");
        case TOO_MANY_REQUESTS -> aResponse().withStatus(429).withHeader("Retry-After", "300")
            .withHeader("Content-Type", "text/plain").withBody("Too Many Requests");
        case HTML_OK -> aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
            .withBody(Resources.bytes("block-page.html"));
        case MALFORMED_BODY -> aResponse().withStatus(200).withHeader("Content-Type", type)
            .withBody(malformed(body));
        case TRUNCATED_BODY -> aResponse().withStatus(200).withHeader("Content-Type", type)
            .withBody(Arrays.copyOf(body, body.length / 2));
      };
    }
    boolean dynamic = kind == Kind.OPEN_METEO && customBody == null
        && (fault == null || fault == Fault.DELAY || fault == Fault.BLACK_HOLE);
    if (dynamic) {
      answer = answer.withTransformers(OpenMeteoTransformer.NAME)
          .withTransformerParameter(OpenMeteoTransformer.PLACES, Resources.text(placesResource()));
    }
    MappingBuilder stub = get(urlPathEqualTo(kind.path)).atPriority(5).willReturn(answer);
    server.stubFor(stub);
    addKindRules();
  }

  private void addKindRules() {
    if (fault != null || customBody != null) {
      return;
    }
    if (kind == Kind.VIETCOMBANK_JSON) {
      server.stubFor(get(urlPathEqualTo(kind.path)).atPriority(1)
          .withQueryParam("date", WireMock.absent())
          .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
              .withBody("{\"message\":\"The date field is required.\"}")));
    }
    if (kind == Kind.OPEN_WEATHER_MAP) {
      server.stubFor(get(urlPathEqualTo(kind.path)).atPriority(1)
          .withQueryParam("appid", WireMock.notMatching(java.util.regex.Pattern.quote(OPEN_WEATHER_MAP_KEY)))
          .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
              .withBody(Resources.bytes("openweathermap-401.json"))));
      server.stubFor(get(urlPathEqualTo(kind.path)).atPriority(2)
          .withQueryParam("appid", WireMock.absent())
          .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
              .withBody(Resources.bytes("openweathermap-401.json"))));
    }
    server.stubFor(any(WireMock.anyUrl()).atPriority(10)
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "text/plain").withBody("Not Found")));
  }

  private String placesResource() {
    return changed ? kind.changedBody : kind.body;
  }

  private byte[] sampleBody() {
    if (kind == Kind.OPEN_METEO) {
      // Without the transformer (faults), the body is the three-place array of the samples.
      return OpenMeteoTransformer.array(Resources.text(placesResource()), 3)
          .getBytes(StandardCharsets.UTF_8);
    }
    return Resources.bytes(changed ? kind.changedBody : kind.body);
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
