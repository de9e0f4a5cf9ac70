package vn.egov.sdk.forms.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.Problem;
import vn.egov.sdk.forms.internal.JsonSupport;
import vn.egov.sdk.forms.Attachment;
import vn.egov.sdk.forms.Submission;
import vn.egov.sdk.forms.desk.DossierDesk;
import vn.egov.sdk.forms.desk.DossierStatus;
import vn.egov.sdk.forms.desk.Receipt;
import vn.egov.sdk.forms.desk.StatusChange;

/**
 * Files dossiers with a receiving service that speaks the HTTP contract ({@code POST /api/dossiers})
 * and queries their status. Every filing carries an {@code Idempotency-Key}, so network failures and
 * 5xx answers are retried with exponential backoff without ever filing twice. Thread-safe. Close it
 * to release the pooled connections of the HTTP client it created (a client given to the builder is
 * left to its owner).
 */
public final class DossierClient implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DossierClient.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final RetryPolicy<Object> retry;
  private final Language language;

  private DossierClient(Builder b, OkHttpClient http, boolean ownsHttp) {
    this.baseUrl = b.baseUrl;
    this.http = http;
    this.ownsHttp = ownsHttp;
    this.language = b.language;
    this.retry = RetryPolicy.builder()
        .handle(IOException.class, ServerError.class)
        .withBackoff(b.initialBackoff, b.maxBackoff)
        .withMaxAttempts(b.maxAttempts)
        .onRetry(e -> log.debug("Retrying a dossier request (attempt {}) after {}", e.getAttemptCount() + 1,
            e.getLastException() == null ? "no answer" : e.getLastException().getClass().getSimpleName()))
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Files a dossier: JSON without attachments, multipart with them.
   *
   * @throws ValidationFailedException if the service found violations (422)
   * @throws DossierRefusedException for another 4xx, e.g. 409 {@code IDEMPOTENCY_KEY_REUSED}
   * @throws ServiceUnavailableException if every attempt failed on the network or with a 5xx
   */
  public Receipt file(Submission submission, String idempotencyKey) {
    if (!DossierDesk.isValidIdempotencyKey(idempotencyKey)) {
      throw new IllegalArgumentException("an idempotency key is 1–200 printable ASCII characters");
    }
    RequestBody body = submission.attachments().isEmpty() ? jsonBody(submission) : multipartBody(submission);
    Request request = new Request.Builder().url(url("api/dossiers")).header("Idempotency-Key", idempotencyKey)
        .post(body).build();
    JsonNode json = execute(request, 201);
    return new Receipt(json.path("dossierCode").asText(), json.path("procedureCode").asText(),
        status(json.path("status")), OffsetDateTime.parse(json.path("receivedAt").asText()),
        LocalDate.parse(json.path("dueDate").asText()));
  }

  /**
   * The status and history of a dossier.
   *
   * @throws DossierRefusedException 404 {@code DOSSIER_NOT_FOUND} for an unknown code
   * @throws ServiceUnavailableException if every attempt failed
   */
  public DossierState status(String dossierCode) {
    Request request = new Request.Builder().url(baseUrl.newBuilder().addPathSegments("api/dossiers")
        .addPathSegment(dossierCode).addQueryParameter("lang", language.tag()).build()).get().build();
    JsonNode json = execute(request, 200);
    List<StatusChange> history = new ArrayList<>();
    for (JsonNode h : json.path("history")) {
      history.add(new StatusChange(status(h.path("status")), OffsetDateTime.parse(h.path("at").asText()),
          Optional.ofNullable(h.path("note").isTextual() ? h.path("note").asText() : null),
          Optional.ofNullable(h.path("actor").isTextual() && !h.path("actor").asText().isBlank()
              ? h.path("actor").asText() : null)));
    }
    return new DossierState(json.path("dossierCode").asText(), status(json.path("status")), history);
  }

  /** Releases the pooled connections of an HTTP client this client created; idempotent. */
  @Override
  public void close() {
    if (ownsHttp) {
      http.connectionPool().evictAll();
    }
  }

  private HttpUrl url(String path) {
    return baseUrl.newBuilder().addPathSegments(path).addQueryParameter("lang", language.tag()).build();
  }

  private static RequestBody jsonBody(Submission s) {
    var root = JsonSupport.mapper().createObjectNode();
    root.put("formId", s.formId());
    root.set("data", s.data());
    return RequestBody.create(write(root), JSON);
  }

  private static RequestBody multipartBody(Submission s) {
    MultipartBody.Builder b = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("formId", s.formId())
        .addFormDataPart("data", null, RequestBody.create(write(s.data()), JSON));
    for (Attachment a : s.attachments()) {
      b.addFormDataPart(a.field(), a.fileName(), RequestBody.create(a.content(), MediaType.get(a.mediaType())));
    }
    return b.build();
  }

  private static byte[] write(JsonNode node) {
    try {
      return JsonSupport.mapper().writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode execute(Request request, int expected) {
    Answer answer;
    try {
      answer = Failsafe.with(retry).get(() -> {
        try (Response response = http.newCall(request).execute()) {
          String text = response.body().string();
          if (response.code() >= 500) {
            throw new ServerError(response.code());
          }
          return new Answer(response.code(), text);
        }
      });
    } catch (FailsafeException e) {
      throw new ServiceUnavailableException("the receiving service is unavailable", e.getCause());
    } catch (ServerError e) {
      throw new ServiceUnavailableException("the receiving service answered HTTP " + e.status, e);
    }
    JsonNode json = parse(answer.body);
    if (answer.status == expected) {
      return json;
    }
    JsonNode error = json.path("error");
    String code = error.path("code").asText("UNKNOWN");
    String message = error.path("message").asText("");
    if (answer.status == 422) {
      List<Problem> violations = new ArrayList<>();
      for (JsonNode v : error.path("violations")) {
        violations.add(new Problem(v.path("path").asText(),
            v.path("code").asText(), v.path("message").asText()));
      }
      throw new ValidationFailedException(violations);
    }
    throw new DossierRefusedException(answer.status, code, message);
  }

  private static JsonNode parse(String body) {
    try {
      return JsonSupport.mapper().readTree(body.isEmpty() ? "{}" : body);
    } catch (IOException e) {
      return JsonSupport.mapper().createObjectNode();
    }
  }

  private static DossierStatus status(JsonNode node) {
    int code = node.isObject() ? node.path("code").asInt() : node.asInt();
    return DossierStatus.ofCode(code).orElseThrow(
        () -> new ServiceUnavailableException("the service answered an unknown dossier status", null));
  }

  private record Answer(int status, String body) {}

  /** A 5xx answer: retried like a network failure. */
  private static final class ServerError extends RuntimeException {
    private final int status;

    ServerError(int status) {
      super("HTTP " + status, null, false, false);
      this.status = status;
    }
  }

  /** Builds a client; only the base URL is required. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private OkHttpClient http;
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private Language language = Language.VI;

    private Builder() {}

    /** The service's base URL, e.g. {@code http://127.0.0.1:8080/}. */
    public Builder baseUrl(String url) {
      HttpUrl parsed = HttpUrl.parse(Objects.requireNonNull(url, "baseUrl"));
      if (parsed == null) {
        throw new IllegalArgumentException("baseUrl must be an http(s) URL");
      }
      this.baseUrl = parsed;
      return this;
    }

    public Builder httpClient(OkHttpClient client) {
      this.http = Objects.requireNonNull(client, "httpClient");
      return this;
    }

    /** Attempts in all (first try included), at least 1; default 4. */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /** Exponential backoff between attempts, from {@code initial} doubling up to {@code max}. */
    public Builder backoff(Duration initial, Duration max) {
      if (initial.isNegative() || initial.isZero() || max.compareTo(initial) <= 0) {
        throw new IllegalArgumentException("backoff needs 0 < initial < max");
      }
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /** Language of the messages the service puts in violations. */
    public Builder language(Language l) {
      this.language = Objects.requireNonNull(l, "language");
      return this;
    }

    public DossierClient build() {
      if (baseUrl == null) {
        throw new IllegalStateException("a dossier client needs a baseUrl");
      }
      if (http != null) {
        return new DossierClient(this, http, false);
      }
      return new DossierClient(this, new OkHttpClient.Builder().retryOnConnectionFailure(false)
          .callTimeout(Duration.ofSeconds(30)).build(), true);
    }
  }
}
