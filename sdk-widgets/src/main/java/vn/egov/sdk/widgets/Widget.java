package vn.egov.sdk.widgets;

/**
 * A cached, self-refreshing view of one upstream's data (an exchange-rate board, the weather). Build
 * one with {@link Widgets}; it is safe for any number of threads.
 *
 * <p>Failure contract: no method throws because of an upstream, and no upstream text or exception
 * ever reaches a {@link Snapshot}. When data is known a reader never waits on the network; only a
 * cold read (nothing known yet) waits, at most the configured cold wait, and then answers
 * UNAVAILABLE while the fetch goes on in the background.
 */
public interface Widget<T> extends AutoCloseable {

  /** The current snapshot; waits at most the cold wait, and only when nothing is known yet. */
  Snapshot<T> read();

  /**
   * Like {@link #read()} but never waits, not even when nothing is known: a cold call starts the fetch
   * in the background and answers UNAVAILABLE at once (for pages that show many blocks).
   */
  Snapshot<T> readNow();

  /**
   * The current snapshot without any side effect: it neither waits, nor starts a fetch or refresh
   * (for health checks).
   */
  Snapshot<T> peek();

  /**
   * Starts fetching in the background without waiting: the first fetch when nothing is known, else a
   * refresh (used at start-up, so a board loaded from disk is refreshed at once).
   */
  void prefetch();

  /** The widget's name in logs, e.g. {@code fx}. */
  String name();

  /**
   * Stops background work and closes the providers that are {@link AutoCloseable}. Once it returns,
   * the widget writes nothing more to its {@code persistTo} file: a write in progress has ended, and a
   * fetch still running finishes without saving. Reads after close answer UNAVAILABLE.
   */
  @Override
  void close();
}
