package vn.egov.sdk.benchmarks.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.catalog.Catalog;
import vn.egov.sdk.core.catalog.SearchQuery;
import vn.egov.sdk.core.catalog.SyntheticCatalog;

class CatalogSearchBenchmarkTest {
  @Test
  void bothSidesFindTheSameProcedures() {
    Catalog catalog = SyntheticCatalog.generate(2013, 1441, 179);
    for (String q : CatalogSearchBenchmark.QUERIES) {
      SearchQuery query = SearchQuery.builder().text(q).size(20).build();
      assertThat(CatalogSearchBenchmark.naiveSearch(catalog, query)).as(q).isEqualTo(catalog.search(query));
    }
    assertThat(catalog.search(SearchQuery.builder().text("ho kinh doanh").build()).total()).isPositive();
  }
}
