package vn.egov.sdk.stats.jdbc;

import vn.egov.sdk.stats.contract.TwoNodesContract;
import vn.egov.sdk.testing.TestServices;

class PostgresTwoNodesTest extends TwoNodesContract {
  @Override
  protected String newUrl() {
    return TestServices.newPostgresSchema();
  }

  @Override
  protected void dispose(String url) {
    TestServices.dropPostgresSchema(url);
  }
}
