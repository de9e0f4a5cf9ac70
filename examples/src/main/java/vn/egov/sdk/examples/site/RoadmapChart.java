package vn.egov.sdk.examples.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.OnlineLevel;
import vn.egov.sdk.core.roadmap.RoadmapProgress;

/**
 * The roadmap as three server-drawn bar charts (SVG, no script, no chart library): procedures per
 * Decree 43/2011 level, per Decree 42/2022 class, and each target's count against what it requires,
 * with its deadline. Each chart has a title and a description that says every figure in words (its
 * text alternative), and the same figures as a table.
 *
 * @param charts the three charts, in that order
 */
public record RoadmapChart(int total, List<Chart> charts) {
  /** Width of every chart's drawing space; the SVG scales to its container. */
  public static final int WIDTH = 360;
  static final int LABEL_LINE = 18;
  static final int BAR_HEIGHT = 16;
  static final int ROW_GAP = 14;
  static final int WRAP = 44;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public RoadmapChart {
    charts = List.copyOf(charts);
  }

  /** One bar chart. {@code height} is the height of its drawing space. */
  public record Chart(String id, String title, String description, int height, List<Bar> bars,
      String valueHeading) {
    public Chart {
      bars = List.copyOf(bars);
    }
  }

  /**
   * One bar: its label (one or more lines, starting at {@code labelY}), the bar at {@code barY} of
   * {@code width} out of {@code trackWidth}, the value text after it, and a CSS class for its colour.
   */
  public record Bar(List<String> label, int labelY, int barY, int width, int trackWidth, String value,
      int valueX, int valueY, String valueAnchor, String cssClass, String tableLabel) {
    public Bar {
      label = List.copyOf(label);
    }

    public int lineY(int line) {
      return labelY + line * LABEL_LINE;
    }
  }

  public static RoadmapChart of(RoadmapProgress r, Language lang) {
    List<Chart> charts = new ArrayList<>();
    int track = WIDTH;

    List<String[]> legacy = new ArrayList<>();
    int unpublished = r.byLegacyLevel().getOrDefault(0, 0);
    if (unpublished > 0) {
      legacy.add(new String[] {lang.pick("Chưa công khai", "Not published"), String.valueOf(unpublished), "bar-l0"});
    }
    for (int level = 1; level <= 4; level++) {
      legacy.add(new String[] {lang.pick("Mức độ ", "Level ") + level,
          String.valueOf(r.byLegacyLevel().getOrDefault(level, 0)), "bar-l" + level});
    }
    charts.add(counts("chart-legacy", lang.pick("Thủ tục theo mức độ (Nghị định 43/2011)",
        "Procedures by level (Decree 43/2011)"), legacy, track, lang));

    List<String[]> online = new ArrayList<>();
    for (Map.Entry<OnlineLevel, Integer> e : r.byOnlineLevel().entrySet()) {
      online.add(new String[] {e.getKey().label().in(lang), String.valueOf(e.getValue()),
          "bar-" + e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')});
    }
    charts.add(counts("chart-online", lang.pick("Thủ tục theo mức độ dịch vụ công trực tuyến (Nghị định 42/2022)",
        "Procedures by online service class (Decree 42/2022)"), online, track, lang));

    List<Bar> bars = new ArrayList<>();
    StringBuilder desc = new StringBuilder();
    int y = 0;
    for (RoadmapProgress.TargetProgress t : r.targets()) {
      String deadline = t.target().deadline().map(d -> lang.pick("hạn ", "deadline ") + d.format(DATE))
          .orElse(lang.pick("không ghi thời hạn", "no deadline given"));
      String title = t.target().description().in(lang) + " (" + deadline + ")";
      List<String> label = wrap(title, WRAP);
      int width = t.required() == 0 ? track
          : (int) Math.round(track * Math.min(1.0, t.actual() / (double) t.required()));
      String state = t.met() ? lang.pick("đạt", "met")
          : t.overdue() ? lang.pick("quá hạn, còn thiếu " + t.shortBy(), "overdue, short by " + t.shortBy())
          : lang.pick("còn thiếu " + t.shortBy(), "short by " + t.shortBy());
      String value = t.actual() + "/" + t.required() + " · " + state;
      String css = t.met() ? "bar-met" : t.overdue() ? "bar-overdue" : "bar-short";
      int labelY = y + LABEL_LINE - 4;
      int barY = y + label.size() * LABEL_LINE + 2;
      bars.add(new Bar(label, labelY, barY, Math.max(width, t.actual() > 0 ? 2 : 0), track, value,
          0, barY + BAR_HEIGHT + LABEL_LINE - 2, "start", css, title));
      desc.append(t.target().description().in(lang)).append(": ").append(value).append(". ");
      y = barY + BAR_HEIGHT + LABEL_LINE + ROW_GAP;
    }
    charts.add(new Chart("chart-targets", lang.pick("Tiến độ các mục tiêu so với thời hạn",
        "Each target's progress against its deadline"), desc.toString().trim(), Math.max(y, 1), bars,
        lang.pick("Đã đạt / yêu cầu", "Achieved / required")));
    return new RoadmapChart(r.totalProcedures(), charts);
  }

  private static Chart counts(String id, String title, List<String[]> rows, int track, Language lang) {
    int max = 1;
    for (String[] row : rows) {
      max = Math.max(max, Integer.parseInt(row[1]));
    }
    List<Bar> bars = new ArrayList<>();
    StringBuilder desc = new StringBuilder();
    int y = 0;
    for (String[] row : rows) {
      int n = Integer.parseInt(row[1]);
      int width = (int) Math.round(track * (n / (double) max));
      String value = lang.pick(n + " thủ tục", n + (n == 1 ? " procedure" : " procedures"));
      bars.add(new Bar(List.of(row[0]), y + LABEL_LINE - 4, y + LABEL_LINE + 2, Math.max(width, n > 0 ? 2 : 0),
          track, value, WIDTH, y + LABEL_LINE - 4, "end", row[2], row[0]));
      desc.append(row[0]).append(": ").append(value).append(". ");
      y += LABEL_LINE + 2 + BAR_HEIGHT + ROW_GAP;
    }
    return new Chart(id, title, desc.toString().trim(), y, bars, lang.pick("Số thủ tục", "Procedures"));
  }

  /** Splits text into lines of at most {@code width} characters at spaces (a longer word stands alone). */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The date a chart shows, written the Vietnamese way. */
  static String date(LocalDate d) {
    return d.format(DATE);
  }
}
