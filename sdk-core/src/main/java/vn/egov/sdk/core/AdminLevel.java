package vn.egov.sdk.core;

/**
 * The administrative level (cấp thực hiện) at which a procedure is carried out. Since 1 July 2025
 * Vietnam has two local tiers, province and commune; {@link #DISTRICT} is kept for data recorded
 * before that date.
 */
public enum AdminLevel {
  /** Cấp Bộ / trung ương: a ministry or central agency. */
  CENTRAL(LocalizedText.of("Cấp Trung ương", "Central")),
  /** Cấp Tỉnh. */
  PROVINCE(LocalizedText.of("Cấp Tỉnh", "Province")),
  /** Cấp Huyện: abolished on 1 July 2025, kept for historical data. */
  DISTRICT(LocalizedText.of("Cấp Huyện", "District")),
  /** Cấp Xã. */
  COMMUNE(LocalizedText.of("Cấp Xã", "Commune"));

  private final LocalizedText label;

  AdminLevel(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
