package vn.egov.sdk.core;

/**
 * The classification of Decree 42/2022/NĐ-CP (Art. 11 cl. 1), in increasing order. Derived by
 * {@link Maturity#assess(ServiceCapabilities)}, never stored.
 */
public enum OnlineLevel {
  /** Information published only (old levels 1–2): not an online public service under Decree 42. */
  INFORMATION_ONLY(LocalizedText.of("Cung cấp thông tin", "Information only")),
  /** Một phần: an online public service that does not meet the full-process conditions. */
  PARTIAL(LocalizedText.of("Một phần", "Partial")),
  /** Toàn trình: submitted and handled entirely online, result online or by public post. */
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
