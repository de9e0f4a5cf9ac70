package vn.egov.sdk.core;

/** How a dossier reaches the agency (cách thức thực hiện); code set of the national portal: 1, 2, 3. */
public enum ChannelType {
  /** Trực tiếp: at the one-stop counter. */
  IN_PERSON(LocalizedText.of("Trực tiếp", "In person")),
  /** Trực tuyến: through the public service portal. */
  ONLINE(LocalizedText.of("Trực tuyến", "Online")),
  /** Dịch vụ bưu chính: by post. */
  POST(LocalizedText.of("Dịch vụ bưu chính", "By post"));

  private final LocalizedText label;

  ChannelType(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
