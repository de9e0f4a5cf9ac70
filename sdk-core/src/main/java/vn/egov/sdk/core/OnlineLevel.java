package vn.egov.sdk.core;

/**
 * The classification of Decree 42/2022/NĐ-CP (Art. 11 cl. 1), in increasing order. Derived by
 * {@link Maturity#assess(ServiceCapabilities)}, never stored.
 */
public enum OnlineLevel {
  /**
   * Not an online public service under Decree 42: the information at most, no online submission.
   * Also the floor for a procedure whose information is not published yet.
   */
  INFORMATION_ONLY(LocalizedText.of("Cung cấp thông tin", "Information only")),
  /**
   * Một phần (Art. 11 cl. 1 b): an online public service that does not meet the full-process
   * conditions; the SDK's test of "online" is published information and online submission.
   */
  PARTIAL(LocalizedText.of("Một phần", "Partial")),
  /**
   * Toàn trình (Art. 11 cl. 1 a): all information provided, carried out and settled entirely online
   * (submission, processing, payment, no visit in person), result returned online or by public post.
   */
  FULL_PROCESS(LocalizedText.of("Toàn trình", "Full process"));

  private final LocalizedText label;

  OnlineLevel(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }

  public boolean isAtLeast(OnlineLevel other) {
    return compareTo(other) >= 0;
  }
}
