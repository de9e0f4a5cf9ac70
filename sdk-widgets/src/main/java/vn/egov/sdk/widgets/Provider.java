package vn.egov.sdk.widgets;

/**
 * A source of a widget's data: Vietcombank's board, Open-Meteo, or an agency's own feed. The widget
 * calls it from its executor, one call at a time, wrapped in its retries, circuit breaker and time
 * budget; the provider itself only fetches and checks one answer.
 *
 * <p>Failure contract: {@link #fetch()} returns complete, checked data or throws. It throws an
 * {@link java.io.IOException} for transport failures (retried), an {@link UpstreamException} for a
 * bad answer (retried only when {@link UpstreamException#retriable()}), and never returns
 * {@code null} or partial data. It must bound its own time (connect, read and call timeouts) and
 * must not log the upstream's text at more than DEBUG level. Exception messages are for logs only;
 * the widget never shows them to people.
 */
@FunctionalInterface
public interface Provider<T> {

  T fetch() throws Exception;

  /** A short stable name shown as the data's {@code provider}, e.g. {@code vietcombank-xml}. */
  default String name() {
    return getClass().getSimpleName();
  }
}
