package vn.egov.sdk.benchmarks.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.egov.sdk.core.catalog.Catalog;
import vn.egov.sdk.core.catalog.Page;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.catalog.SearchQuery;
import vn.egov.sdk.core.catalog.SearchText;
import vn.egov.sdk.core.catalog.SyntheticCatalog;
import vn.egov.sdk.core.internal.SearchIndex;

/**
 * Catalog search over the 2013 portal's scale (1,441 procedures, 179 units): the SDK's search, whose
 * keys are normalised once at load, against a naive scan that normalises every procedure's texts on
 * every query (same ranking, same page).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CatalogSearchBenchmark {
  /** Queries as people type them: without diacritics, mixed case, one with no match. */
  static final String[] QUERIES = {"dang ky khai sinh", "Cấp giấy phép xây dựng", "ho kinh doanh",
      "GIA HAN the", "khong co thu tuc nao nhu vay"};

  @Param({"1441"})
  public int procedures;

  private Catalog catalog;
  private SearchQuery[] queries;
  private int next;

  @Setup
  public void setUp() {
    catalog = SyntheticCatalog.generate(2013, procedures, 179);
    queries = new SearchQuery[QUERIES.length];
    for (int i = 0; i < QUERIES.length; i++) {
      queries[i] = SearchQuery.builder().text(QUERIES[i]).size(20).build();
    }
  }

  private SearchQuery nextQuery() {
    next = (next + 1) % queries.length;
    return queries[next];
  }

  @Benchmark
  public Page<Procedure> indexedSearch() {
    return catalog.search(nextQuery());
  }

  @Benchmark
  public Page<Procedure> naiveScan() {
    return naiveSearch(catalog, nextQuery());
  }

  /** What a portal without an index does: normalise every row's texts for every query. */
  static Page<Procedure> naiveSearch(Catalog catalog, SearchQuery query) {
    String phrase = SearchText.normalize(query.text());
    String[] tokens = phrase.isEmpty() ? new String[0] : phrase.split(" ");
    record Hit(int order, int rank, Procedure procedure) {}
    List<Hit> hits = new ArrayList<>();
    List<Procedure> all = catalog.procedures();
    for (int i = 0; i < all.size(); i++) {
      Procedure p = all.get(i);
      int rank = SearchIndex.rank(" " + phrase, tokens, " " + SearchText.normalize(p.name()),
          " " + SearchIndex.otherText(p));
      if (rank >= 0) {
        hits.add(new Hit(i, rank, p));
      }
    }
    hits.sort(Comparator.comparingInt(Hit::rank).thenComparingInt(Hit::order));
    return SearchIndex.page(hits.stream().map(Hit::procedure).toList(), query);
  }
}
