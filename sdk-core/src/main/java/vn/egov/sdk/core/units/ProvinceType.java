package vn.egov.sdk.core.units;

import vn.egov.sdk.core.LocalizedText;

/** The two kinds of provincial unit (đơn vị hành chính cấp tỉnh). */
public enum ProvinceType {
  /** Tỉnh. */
  PROVINCE(LocalizedText.of("Tỉnh", "Province")),
  /** Thành phố trực thuộc trung ương: a centrally run city. */
  CITY(LocalizedText.of("Thành phố", "City"));

  private final LocalizedText label;

  ProvinceType(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
