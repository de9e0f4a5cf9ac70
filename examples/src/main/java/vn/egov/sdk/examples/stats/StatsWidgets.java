package vn.egov.sdk.examples.stats;

import java.util.Locale;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.Html;
import vn.egov.sdk.stats.OptionResult;
import vn.egov.sdk.stats.PollResults;
import vn.egov.sdk.stats.PollStatus;
import vn.egov.sdk.stats.Polls;
import vn.egov.sdk.stats.StoreUnavailableException;
import vn.egov.sdk.stats.VisitorCounter;
import vn.egov.sdk.stats.VisitorStats;

/**
 * The visitors block ("Thống kê truy cập") and the poll block as HTML fragments: everything from data
 * is escaped, and a store that does not answer gives a short notice, never an error text.
 */
final class StatsWidgets {
  private final VisitorCounter counter;
  private final Polls polls;

  StatsWidgets(VisitorCounter counter, Polls polls) {
    this.counter = counter;
    this.polls = polls;
  }

  String visitors(Language lang) {
    StringBuilder h = new StringBuilder("<section class=\"egov-visitors\" lang=\"").append(lang.tag())
        .append("\"><h2>").append(lang.pick("Thống kê truy cập", "Visitor statistics")).append("</h2>");
    VisitorStats s;
    try {
      s = counter.stats();
    } catch (StoreUnavailableException e) {
      return h.append("<p class=\"egov-notice\">").append(unavailable(lang)).append("</p></section>").toString();
    }
    h.append("<ul>");
    row(h, lang.pick("Đang trực tuyến", "Online now"), s.onlineTotal(), lang);
    row(h, lang.pick("Khách", "Guests"), s.onlineGuests(), lang);
    row(h, lang.pick("Thành viên", "Members"), s.onlineMembers(), lang);
    row(h, lang.pick("Lượt truy cập hôm nay", "Visits today"), s.todayVisits(), lang);
    row(h, lang.pick("Khách hôm nay", "Visitors today"), s.todayUniqueVisitors(), lang);
    row(h, lang.pick("Tổng lượt truy cập", "Total visits"), s.totalVisits(), lang);
    row(h, lang.pick("Lượt xem trang", "Page views"), s.pageViews(), lang);
    return h.append("</ul></section>").toString();
  }

  private static void row(StringBuilder h, String label, long value, Language lang) {
    h.append("<li><span>").append(label).append("</span> <strong>").append(number(value, lang))
        .append("</strong></li>");
  }

  /** 1.442 in Vietnamese, 1,442 in English. */
  static String number(long value, Language lang) {
    String plain = String.format(Locale.ROOT, "%,d", value);
    return lang == Language.VI ? plain.replace(',', '.') : plain;
  }

  String poll(PollResults r, Language lang) {
    StringBuilder h = new StringBuilder("<section class=\"egov-poll\" lang=\"").append(lang.tag())
        .append("\" data-poll-id=\"").append(Html.escape(r.poll().id())).append("\"><h2>")
        .append(lang.pick("Thăm dò ý kiến", "Poll")).append("</h2><p class=\"egov-question\">")
        .append(Html.escape(r.poll().question())).append("</p><ul>");
    for (OptionResult o : r.options()) {
      h.append("<li data-option-id=\"").append(Html.escape(o.id())).append("\"><span>").append(Html.escape(o.text()))
          .append("</span> <strong>").append(o.percent()).append("%</strong> <small>(")
          .append(number(o.votes(), lang)).append(' ').append(lang.pick("phiếu", o.votes() == 1 ? "vote" : "votes"))
          .append(")</small><meter min=\"0\" max=\"100\" value=\"").append(o.percent()).append("\"></meter></li>");
    }
    h.append("</ul><p class=\"egov-poll-meta\">")
        .append(lang.pick("Số người tham gia", "Voters")).append(": ").append(number(r.totalVoters(), lang))
        .append(" · ").append(status(r.status(), lang));
    if (r.poll().sample()) {
      h.append(" · ").append(lang.pick("Dữ liệu mẫu", "Sample data"));
    }
    return h.append("</p></section>").toString();
  }

  static String notFound(Language lang) {
    return "<section class=\"egov-poll\"><p class=\"egov-notice\">"
        + lang.pick("Không tìm thấy cuộc thăm dò này.", "No such poll.") + "</p></section>";
  }

  static String unavailable(Language lang) {
    return lang.pick("Số liệu tạm thời chưa hiển thị được. Vui lòng thử lại sau.",
        "The figures cannot be shown right now. Please try again later.");
  }

  private static String status(PollStatus s, Language lang) {
    return switch (s) {
      case SCHEDULED -> lang.pick("Chưa mở", "Not open yet");
      case OPEN -> lang.pick("Đang mở", "Open");
      case CLOSED -> lang.pick("Đã kết thúc", "Closed");
    };
  }

}
