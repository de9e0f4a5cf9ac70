package vn.egov.sdk.examples.stats;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.sdk.stats.OptionResult;
import vn.egov.sdk.stats.PollResults;
import vn.egov.sdk.stats.VisitorCounter;
import vn.egov.sdk.stats.VisitorStats;

/** The contract's JSON shapes for visitors and polls. */
final class StatsJson {
  private StatsJson() {}

  static Map<String, Object> visitors(VisitorStats s) {
    Map<String, Object> online = new LinkedHashMap<>();
    online.put("guests", s.onlineGuests());
    online.put("members", s.onlineMembers());
    online.put("total", s.onlineTotal());
    Map<String, Object> today = new LinkedHashMap<>();
    today.put("visits", s.todayVisits());
    today.put("uniqueVisitors", s.todayUniqueVisitors());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("windowSeconds", s.onlineWindow().toSeconds());
    body.put("online", online);
    body.put("totalVisits", s.totalVisits());
    body.put("pageViews", s.pageViews());
    body.put("today", today);
    return body;
  }

  static Map<String, Object> poll(PollResults r) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", r.poll().id());
    body.put("question", r.poll().question());
    body.put("status", r.status().name());
    body.put("opensAt", time(r.poll().opensAt()));
    body.put("closesAt", time(r.poll().closesAt()));
    body.put("maxChoices", r.poll().maxChoices());
    body.put("totalVotes", r.totalVotes());
    body.put("totalVoters", r.totalVoters());
    List<Map<String, Object>> options = new ArrayList<>();
    for (OptionResult o : r.options()) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("id", o.id());
      option.put("text", o.text());
      option.put("votes", o.votes());
      option.put("percent", o.percent());
      options.add(option);
    }
    body.put("options", options);
    body.put("sample", r.poll().sample());
    return body;
  }

  /** ISO-8601 with the Vietnamese offset, whole seconds; null stays null. */
  static String time(Instant at) {
    return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), VisitorCounter.ZONE));
  }
}
