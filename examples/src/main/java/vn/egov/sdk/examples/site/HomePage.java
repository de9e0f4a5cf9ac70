package vn.egov.sdk.examples.site;

import java.util.List;

/**
 * The home page's model: the procedure search with its results, the roadmap charts, and the blocks
 * of the features (already rendered, escaped HTML) for the main column and the sidebar.
 */
public record HomePage(Search search, RoadmapChart roadmap, List<Block> main, List<Block> sidebar) {
  public HomePage {
    main = List.copyOf(main);
    sidebar = List.copyOf(sidebar);
  }

  /** A block of a feature: its id and its HTML (escaped by the feature). */
  public record Block(String id, String html) {}

  /** One choice of a select. */
  public record Option(String value, String label, boolean selected) {}

  /** One page of the procedure search. {@code error} is a message for people, or null. */
  public record Search(String q, List<Option> fields, List<Option> levels, String error, int total,
      List<ProcedureRow> items, Pager pager) {
    public Search {
      fields = List.copyOf(fields);
      levels = List.copyOf(levels);
      items = List.copyOf(items);
    }
  }

  /** A procedure in the results, with both decrees' maturity and its e-form, when it has one. */
  public record ProcedureRow(String code, String name, String field, String agency, int legacyLevel,
      String legacyLabel, String onlineClass, String onlineLabel, String formUrl) {}

  /** Links to the previous and next page (null when there is none). */
  public record Pager(int page, int pages, String prev, String next) {}
}
