package vn.egov.sdk.forms.desk;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.egov.sdk.core.LocalizedText;

/**
 * The ten dossier statuses exchanged with the National Public Service Portal, with the moves a
 * one-stop desk allows ({@link #next(Optional)}; the table is in {@code docs/sdk-forms.md}).
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

  /**
   * Every status a dossier in this status may move to, whatever its history; empty for the final
   * ones. Where a dossier goes from a supplement or payment request depends on the status it was in
   * before: {@link #next(Optional)}.
   */
  public Set<DossierStatus> next() {
    return switch (this) {
      case SUPPLEMENT_REQUESTED -> union(next(Optional.of(SUBMITTED)), next(Optional.of(PROCESSING)));
      case PAYMENT_REQUESTED -> union(next(Optional.of(PROCESSING)), next(Optional.of(PROCESSED)));
      default -> next(Optional.empty());
    };
  }

  /**
   * The statuses a dossier in this status may move to, given the status it was in before this one
   * (only a supplement or payment request looks at it). The table is in docs/sdk-forms.md:
   * <ul>
   *   <li>1 submitted → 2 received, 3 refused, 5 supplement requested (before reception), 7 withdrawn;</li>
   *   <li>2 received → 4, 5, 6, 7, 8; 4 processing → 5, 6, 9, 7, 8;</li>
   *   <li>5 requested on a submitted dossier → 2 (the supplemented dossier is received), 3, 7;
   *       requested on a received or processing one → 4, 7, 8;</li>
   *   <li>6 requested during processing → 4, 7, 8; requested on a processed dossier (fees collected
   *       when the result is returned) → 10;</li>
   *   <li>9 processed → 6, 10; 3, 7, 8 and 10 are final.</li>
   * </ul>
   */
  public Set<DossierStatus> next(Optional<DossierStatus> before) {
    Objects.requireNonNull(before, "before");
    return switch (this) {
      case SUBMITTED -> EnumSet.of(RECEIVED, REFUSED, SUPPLEMENT_REQUESTED, WITHDRAWN);
      case RECEIVED -> EnumSet.of(PROCESSING, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, WITHDRAWN, STOPPED);
      case PROCESSING -> EnumSet.of(SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, PROCESSED, WITHDRAWN, STOPPED);
      case SUPPLEMENT_REQUESTED -> before.orElse(PROCESSING) == SUBMITTED
          ? EnumSet.of(RECEIVED, REFUSED, WITHDRAWN) : EnumSet.of(PROCESSING, WITHDRAWN, STOPPED);
      case PAYMENT_REQUESTED -> before.orElse(PROCESSING) == PROCESSED
          ? EnumSet.of(RETURNED) : EnumSet.of(PROCESSING, WITHDRAWN, STOPPED);
      case PROCESSED -> EnumSet.of(PAYMENT_REQUESTED, RETURNED);
      case REFUSED, WITHDRAWN, STOPPED, RETURNED -> EnumSet.noneOf(DossierStatus.class);
    };
  }

  /**
   * Whether a dossier with this history (oldest first, its last entry the current status) may move
   * to {@code target}.
   */
  public static boolean canMove(List<StatusChange> history, DossierStatus target) {
    if (history.isEmpty()) {
      return false;
    }
    DossierStatus current = history.get(history.size() - 1).status();
    Optional<DossierStatus> before = history.size() < 2 ? Optional.empty()
        : Optional.of(history.get(history.size() - 2).status());
    return current.next(before).contains(target);
  }

  private static Set<DossierStatus> union(Set<DossierStatus> a, Set<DossierStatus> b) {
    EnumSet<DossierStatus> all = EnumSet.copyOf(a);
    all.addAll(b);
    return all;
  }

  public boolean canMoveTo(DossierStatus target) {
    return next().contains(target);
  }

  public boolean isFinal() {
    return next().isEmpty();
  }
}
