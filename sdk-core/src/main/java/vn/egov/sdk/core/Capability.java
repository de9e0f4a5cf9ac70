package vn.egov.sdk.core;

/**
 * One capability of an online public service, as named in {@link Assessment#missingForNext()}.
 * Declared in the order the levels need them.
 */
public enum Capability {
  /** Full information on the procedure and its legal basis is published (level 1; every online level). */
  INFORMATION_PUBLISHED(LocalizedText.of("Công khai đầy đủ thông tin thủ tục",
      "Full procedure information published")),
  /** The forms can be downloaded and filled in (Decree 43 level 2 only; true when there are no forms). */
  FORMS_DOWNLOADABLE(LocalizedText.of("Cho phép tải mẫu đơn, tờ khai", "Forms can be downloaded")),
  /** The dossier can be submitted online (level 3; Decree 42 partial and full process). */
  ONLINE_SUBMISSION(LocalizedText.of("Nộp hồ sơ trực tuyến", "Online submission")),
  /** The processing transactions happen online (level 3; Decree 42 full process). */
  ONLINE_PROCESSING(LocalizedText.of("Xử lý hồ sơ trực tuyến", "Online processing")),
  /** Fees are paid online (level 4; Decree 42 full process); true when there are no fees. */
  ONLINE_PAYMENT(LocalizedText.of("Thanh toán trực tuyến", "Online payment")),
  /** The result goes out online or by public post (full-process, Decree 42/2022). */
  RESULT_ONLINE_OR_BY_POST(LocalizedText.of("Trả kết quả trực tuyến hoặc qua bưu chính công ích",
      "Result returned online or by public post")),
  /** Nothing has to be done in person (full-process, Decree 42/2022). */
  NO_PRESENCE_REQUIRED(LocalizedText.of("Không phải đến trực tiếp cơ quan",
      "No visit in person required"));

  private final LocalizedText label;

  Capability(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() {
    return label;
  }
}
