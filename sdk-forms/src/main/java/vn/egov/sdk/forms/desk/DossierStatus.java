package vn.egov.sdk.forms.desk;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.egov.sdk.core.LocalizedText;

/**
 * The ten dossier statuses exchanged with the National Public Service Portal, with the moves a
 * one-stop desk allows ({@link #next()}; the table is in {@code docs/sdk-forms.md}).
 */
public enum DossierStatus {
  SUBMITTED(1, "Đã nộp trực tuyến, chờ tiếp nhận", "Submitted online, awaiting reception"),
  RECEIVED(2, "Đã tiếp nhận", "Received"),
  REFUSED(3, "Từ chối tiếp nhận", "Refused at reception"),
  PROCESSING(4, "Đang xử lý", "Processing"),
  SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung hồ sơ", "Supplement requested"),
  PAYMENT_REQUESTED(6, "Yêu cầu nộp phí, lệ phí, thuế", "Payment of fees or taxes requested"),
  WITHDRAWN(7, "Công dân rút hồ sơ", "Withdrawn by the applicant"),
  STOPPED(8, "Dừng xử lý", "Processing stopped"),
  PROCESSED(9, "Đã xử lý xong, chờ trả kết quả", "Processed, result ready"),
  RETURNED(10, "Đã trả kết quả", "Result returned");

  private final int code;
  private final LocalizedText label;

  DossierStatus(int code, String vi, String en) {
    this.code = code;
    this.label = LocalizedText.of(vi, en);
  }

  public int code() {
    return code;
  }

  public LocalizedText label() {
    return label;
  }

  public static Optional<DossierStatus> ofCode(int code) {
    return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
  }

  /** The statuses a dossier in this status may move to; empty for the final ones. */
  public Set<DossierStatus> next() {
    return switch (this) {
      case SUBMITTED -> EnumSet.of(RECEIVED, REFUSED, WITHDRAWN);
      case RECEIVED -> EnumSet.of(PROCESSING, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, WITHDRAWN, STOPPED);
      case PROCESSING -> EnumSet.of(SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, PROCESSED, WITHDRAWN, STOPPED);
      case SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED -> EnumSet.of(PROCESSING, WITHDRAWN, STOPPED);
      case PROCESSED -> EnumSet.of(RETURNED);
      case REFUSED, WITHDRAWN, STOPPED, RETURNED -> EnumSet.noneOf(DossierStatus.class);
    };
  }

  public boolean canMoveTo(DossierStatus target) {
    return next().contains(target);
  }

  public boolean isFinal() {
    return next().isEmpty();
  }
}
