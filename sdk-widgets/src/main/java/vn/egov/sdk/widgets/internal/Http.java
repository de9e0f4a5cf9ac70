package vn.egov.sdk.widgets.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import vn.egov.sdk.widgets.HttpSettings;
import vn.egov.sdk.widgets.UpstreamException;

/**
 * One HTTP GET with the settings' timeouts, answering the body's bytes or failing: an error status is
 * an {@link UpstreamException} (temporary for 429 and 5xx), an answer larger than the cap is refused
 * before it is read in full. OkHttp's own retry on connection failure is off: the widget retries.
 */
public final class Http implements AutoCloseable {
  private final OkHttpClient client;
  private final HttpSettings settings;

  public Http(HttpSettings settings) {
    this.settings = settings;
    this.client = new OkHttpClient.Builder()
        .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .retryOnConnectionFailure(false)
        .build();
  }

  /** {@code base} with {@code path} appended and the query parameters set (encoded). */
  public static HttpUrl url(URI base, String path, Map<String, String> query) {
    HttpUrl parsed = HttpUrl.get(base.toString());
    HttpUrl.Builder b = parsed.newBuilder();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        b.addPathSegment(segment);
      }
    }
    query.forEach(b::addQueryParameter);
    return b.build();
  }

  public byte[] get(HttpUrl url, String accept) throws IOException, UpstreamException {
    Request request = new Request.Builder().url(url).get()
        .header("Accept", accept)
        .header("User-Agent", settings.userAgent())
        .build();
    try (Response response = client.newCall(request).execute()) {
      int code = response.code();
      if (code == 429 || code >= 500) {
        throw UpstreamException.temporary("HTTP " + code);
      }
      if (code != 200) {
        throw UpstreamException.invalid("HTTP " + code);
      }
      ResponseBody body = response.body();
      int max = settings.maxBodyBytes();
      if (body.contentLength() > max) {
        throw UpstreamException.invalid("body larger than " + max + " bytes");
      }
      BufferedSource source = body.source();
      if (source.request(max + 1L)) {
        throw UpstreamException.invalid("body larger than " + max + " bytes");
      }
      return source.getBuffer().readByteArray();
    }
  }

  @Override
  public void close() {
    // Calls are synchronous (no dispatcher threads); only pooled connections need releasing.
    client.connectionPool().evictAll();
  }
}
