package vn.egov.sdk.widgets;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Providers that let a test decide when things happen, instead of racing a delay against a timeout
 * (which a loaded machine can lose either way).
 */
final class TestProviders {
  private TestProviders() {}

  /**
   * Fetches through {@code patient} (timeouts far longer than the test needs) until
   * {@link #giveUpSooner()}, then through {@code impatient} (short timeouts, for an upstream that never
   * answers in time): a good board is fetched however slow the machine is, and a fault is given up on
   * quickly.
   */
  static final class Switching<T> implements Provider<T> {
    private final Provider<T> patient;
    private final Provider<T> impatient;
    private volatile boolean sooner;

    Switching(Provider<T> patient, Provider<T> impatient) {
      this.patient = patient;
      this.impatient = impatient;
    }

    void giveUpSooner() {
      sooner = true;
    }

    @Override
    public T fetch() throws Exception {
      return (sooner ? impatient : patient).fetch();
    }

    @Override
    public String name() {
      return patient.name();
    }
  }

  /** Holds every fetch until {@link #open()}; counts the fetches that started. */
  static final class Gated<T> implements Provider<T> {
    private final Provider<T> delegate;
    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger started = new AtomicInteger();

    Gated(Provider<T> delegate) {
      this.delegate = delegate;
    }

    void open() {
      gate.countDown();
    }

    int started() {
      return started.get();
    }

    @Override
    public T fetch() throws Exception {
      started.incrementAndGet();
      gate.await();
      return delegate.fetch();
    }

    @Override
    public String name() {
      return delegate.name();
    }
  }
}
