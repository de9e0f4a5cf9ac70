package vn.egov.sdk.stats.redis;

import vn.egov.sdk.stats.contract.TwoNodesContract;

class RedisTwoNodesTest extends TwoNodesContract {
  @Override
  protected String newUrl() {
    return TestStores.newRedisPrefix();
  }

  @Override
  protected void dispose(String url) {
    TestStores.deleteRedisPrefix(url);
  }
}
