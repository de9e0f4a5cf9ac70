package vn.egov.sdk.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.egov.sdk.core.Agency;
import vn.egov.sdk.core.Assessment;
import vn.egov.sdk.core.catalog.Page;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.catalog.SearchQuery;
import vn.egov.sdk.core.catalog.SearchText;

/**
 * The catalog's search: every procedure's search keys and assessment computed once, at load. A
 * query is normalised once and compared with the stored keys.
 */
public final class SearchIndex {

  /** A procedure with its precomputed keys; keys start with a space so " word" finds word starts. */
  private record Entry(int order, Procedure procedure, String nameKey, String otherKey,
      String fieldKey, Assessment assessment) {}

  private record Hit(Entry entry, int rank) {}

  private final List<Entry> entries;

  public SearchIndex(List<Procedure> procedures) {
    List<Entry> list = new ArrayList<>(procedures.size());
    for (int i = 0; i < procedures.size(); i++) {
      Procedure p = procedures.get(i);
      list.add(new Entry(i, p, " " + SearchText.normalize(p.name()), " " + otherText(p),
          SearchText.normalize(p.field()), p.assessment()));
    }
    this.entries = List.copyOf(list);
  }

  /** Every text of a procedure other than its name, normalised, as one key. */
  public static String otherText(Procedure p) {
    StringBuilder s = new StringBuilder();
    s.append(p.code()).append(' ');
    p.localCode().ifPresent(c -> s.append(c).append(' '));
    s.append(p.field()).append(' ').append(p.description()).append(' ').append(p.type()).append(' ');
    for (Agency a : p.agencies()) {
      s.append(a.name()).append(' ');
    }
    p.subjects().forEach(x -> s.append(x).append(' '));
    p.results().forEach(x -> s.append(x).append(' '));
    return SearchText.normalize(s.toString());
  }

  public Page<Procedure> search(SearchQuery query) {
    String phrase = SearchText.normalize(query.text());
    String[] tokens = phrase.isEmpty() ? new String[0] : phrase.split(" ");
    String fieldKey = query.field().map(SearchText::normalize).orElse(null);
    String spacedPhrase = " " + phrase;
    List<Hit> hits = new ArrayList<>();
    for (Entry e : entries) {
      if (!passesFilters(e, query, fieldKey)) {
        continue;
      }
      int rank = rank(spacedPhrase, tokens, e.nameKey(), e.otherKey());
      if (rank >= 0) {
        hits.add(new Hit(e, rank));
      }
    }
    hits.sort(Comparator.comparingInt(Hit::rank).thenComparingInt(h -> h.entry().order()));
    return page(hits.stream().map(h -> h.entry().procedure()).toList(), query);
  }

  private static boolean passesFilters(Entry e, SearchQuery q, String fieldKey) {
    Procedure p = e.procedure();
    return (fieldKey == null || e.fieldKey().equals(fieldKey))
        && q.adminLevel().map(l -> p.adminLevel() == l).orElse(true)
        && q.agencyCode().map(p::isHandledBy).orElse(true)
        && q.legacyLevel().map(l -> e.assessment().legacyLevel() == l).orElse(true)
        && q.onlineLevel().map(l -> e.assessment().onlineLevel() == l).orElse(true);
  }

  /**
   * The rank of a procedure for a query (lower is better), or -1 when it does not match: 0 the name
   * starts with the phrase, 1 the name contains the phrase, 2 the name contains every word, 3 the
   * name and the other texts together contain every word. A word matches the start of a word.
   */
  public static int rank(String spacedPhrase, String[] tokens, String nameKey, String otherKey) {
    if (tokens.length == 0) {
      return 0;
    }
    if (nameKey.startsWith(spacedPhrase)) {
      return 0;
    }
    if (nameKey.contains(spacedPhrase)) {
      return 1;
    }
    boolean allInName = true;
    for (String t : tokens) {
      boolean inName = containsWordStart(nameKey, t);
      allInName &= inName;
      if (!inName && !containsWordStart(otherKey, t)) {
        return -1;
      }
    }
    return allInName ? 2 : 3;
  }

  private static boolean containsWordStart(String key, String token) {
    int from = 0;
    while (true) {
      int i = key.indexOf(token, from);
      if (i < 0) {
        return false;
      }
      if (i > 0 && key.charAt(i - 1) == ' ') {
        return true;
      }
      from = i + 1;
    }
  }

  /** Cuts one page out of a ranked list. */
  public static <T> Page<T> page(List<T> all, SearchQuery query) {
    long from = (long) (query.page() - 1) * query.size();
    List<T> items = from >= all.size() ? List.of()
        : all.subList((int) from, (int) Math.min(all.size(), from + query.size()));
    return new Page<>(items, query.page(), query.size(), all.size());
  }
}
