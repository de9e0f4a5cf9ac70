package vn.egov.sdk.examples.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What axe-core found on one page: its violations of the WCAG 2.0/2.1 A and AA rules and axe's
 * best practices. {@link #assertNoSeriousOrCritical()} is the project's accessibility bar.
 *
 * @param url the page axe looked at
 * @param axeVersion the axe-core version that ran
 * @param violations every violated rule, each with the elements that break it
 * @param passes how many rules passed (a page where nothing was checked passes nothing)
 */
public record AxeReport(String url, String axeVersion, List<Violation> violations, int passes) {
  /** The rule sets axe runs: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
  public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  public AxeReport {
    violations = List.copyOf(violations);
  }

  /**
   * One violated rule.
   *
   * @param id axe's rule id, e.g. {@code color-contrast}
   * @param impact {@code minor}, {@code moderate}, {@code serious} or {@code critical}
   * @param help what the rule asks for
   * @param helpUrl axe's page on the rule
   * @param nodes the elements that break it
   */
  public record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {
    public Violation {
      nodes = List.copyOf(nodes);
    }

    public boolean blocking() {
      return BLOCKING.contains(impact);
    }
  }

  /**
   * One element that breaks a rule.
   *
   * @param target CSS selector(s) of the element
   * @param html the start of its markup
   * @param failureSummary axe's explanation of what is wrong and how to fix it
   */
  public record Node(String target, String html, String failureSummary) {}

  /** Violations of impact serious or critical: the ones the project does not accept. */
  public List<Violation> seriousOrCritical() {
    return violations.stream().filter(Violation::blocking).toList();
  }

  /** Fails with a readable list of every serious or critical violation (and where it is). */
  public AxeReport assertNoSeriousOrCritical() {
    List<Violation> blocking = seriousOrCritical();
    if (passes == 0) {
      throw new AssertionError("axe-core checked nothing on " + url + " (no rule passed): is the page empty?");
    }
    if (!blocking.isEmpty()) {
      throw new AssertionError(blocking.size() + " serious or critical accessibility violation(s) on " + url
          + " (axe-core " + axeVersion + "):\n" + describe(blocking));
    }
    return this;
  }

  /** Every violation, one block per rule, for messages and logs. */
  public String describe() {
    return describe(violations);
  }

  private static String describe(List<Violation> list) {
    StringBuilder out = new StringBuilder();
    for (Violation v : list) {
      out.append("- ").append(v.id()).append(" (").append(v.impact()).append(", ").append(v.nodes().size())
          .append(v.nodes().size() == 1 ? " element): " : " elements): ").append(v.help()).append(" <")
          .append(v.helpUrl()).append(">\n");
      int shown = 0;
      for (Node n : v.nodes()) {
        if (shown++ == 5) {
          out.append("    … and ").append(v.nodes().size() - 5).append(" more\n");
          break;
        }
        out.append("    at ").append(n.target()).append(": ").append(abbreviate(n.html(), 160)).append('\n');
        if (n.failureSummary() != null && !n.failureSummary().isBlank()) {
          out.append("       ").append(n.failureSummary().replace("\n", "\n       ")).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static String abbreviate(String s, int max) {
    String oneLine = s == null ? "" : s.replaceAll("\\s+", " ");
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
  }

  /** Reads the JSON the in-page runner returns: {@code {url, version, passes, violations:[…]}}. */
  static AxeReport fromJson(JsonNode root) {
    List<Violation> violations = new ArrayList<>();
    for (JsonNode v : root.path("violations")) {
      List<Node> nodes = new ArrayList<>();
      for (JsonNode n : v.path("nodes")) {
        nodes.add(new Node(n.path("target").toString(), n.path("html").asText(""),
            n.path("failureSummary").asText("")));
      }
      violations.add(new Violation(v.path("id").asText(), v.path("impact").asText("unknown"),
          v.path("help").asText(""), v.path("helpUrl").asText(""), nodes));
    }
    return new AxeReport(root.path("url").asText(), root.path("version").asText(), violations,
        root.path("passes").asInt());
  }
}
