package vn.egov.sdk.widgets.internal;

import java.time.Duration;
import vn.egov.sdk.core.LocalizedText;
import vn.egov.sdk.widgets.Status;

/** The short sentences a widget shows people when its data is not fresh. */
public final class Notices {
  private Notices() {}

  public static LocalizedText of(Status status, Duration age) {
    return switch (status) {
      case FRESH -> null;
      case STALE -> LocalizedText.of(
          "Chưa cập nhật được dữ liệu mới; đang hiển thị dữ liệu lấy cách đây " + age(age, true) + ".",
          "Could not get newer data; showing data fetched " + age(age, false) + " ago.");
      case UNAVAILABLE -> LocalizedText.of(
          "Dữ liệu tạm thời chưa có. Vui lòng thử lại sau.",
          "The data is temporarily unavailable. Please try again later.");
    };
  }

  /** "5 phút" / "5 minutes", "2 giờ" / "2 hours", "3 ngày" / "3 days" (rounded down). */
  static String age(Duration age, boolean vi) {
    long minutes = Math.max(1, age.toMinutes());
    if (minutes < 60) {
      return vi ? minutes + " phút" : minutes + (minutes == 1 ? " minute" : " minutes");
    }
    long hours = age.toHours();
    if (hours < 48) {
      return vi ? hours + " giờ" : hours + (hours == 1 ? " hour" : " hours");
    }
    long days = age.toDays();
    return vi ? days + " ngày" : days + " days";
  }
}
