package vn.egov.sdk.architecture;

import java.util.Map;

/** The SDK's library modules: the module name, and a class of each to find its classes by. */
final class SdkModules {
  private SdkModules() {}

  /** Module name → a public class of that module. */
  static final Map<String, String> ANCHORS = Map.of(
      "vn.egov.sdk.core", "vn.egov.sdk.core.Procedure",
      "vn.egov.sdk.jdbc", "vn.egov.sdk.jdbc.Database",
      "vn.egov.sdk.forms", "vn.egov.sdk.forms.FormDefinition",
      "vn.egov.sdk.widgets", "vn.egov.sdk.widgets.Widget",
      "vn.egov.sdk.stats", "vn.egov.sdk.stats.StatsStore",
      "vn.egov.sdk.stats.jdbc", "vn.egov.sdk.stats.jdbc.JdbcStatsStoreProvider",
      "vn.egov.sdk.stats.redis", "vn.egov.sdk.stats.redis.RedisStatsStoreProvider",
      "vn.egov.sdk.testing.feeds", "vn.egov.sdk.testing.feeds.Feed");

  /**
   * The module a package of the SDK belongs to (by the longest package prefix), e.g.
   * {@code vn.egov.sdk.stats.jdbc.internal} → {@code vn.egov.sdk.stats.jdbc}; {@code vn.egov.sdk.testing}
   * and {@code vn.egov.sdk.examples} are modules of their own for this purpose.
   */
  static String moduleOf(String packageName) {
    String best = null;
    for (String module : new String[] {"vn.egov.sdk.core", "vn.egov.sdk.jdbc", "vn.egov.sdk.forms",
        "vn.egov.sdk.widgets", "vn.egov.sdk.stats", "vn.egov.sdk.stats.jdbc", "vn.egov.sdk.stats.redis",
        "vn.egov.sdk.testing", "vn.egov.sdk.testing.feeds", "vn.egov.sdk.examples", "vn.egov.sdk.benchmarks"}) {
      if ((packageName.equals(module) || packageName.startsWith(module + "."))
          && (best == null || module.length() > best.length())) {
        best = module;
      }
    }
    return best;
  }

  static boolean isInternal(String packageName) {
    return packageName.endsWith(".internal") || packageName.contains(".internal.");
  }

  /** The qualified exports of internal packages the module descriptors declare, as package → readers. */
  static final Map<String, java.util.Set<String>> QUALIFIED = Map.of(
      "vn.egov.sdk.jdbc.internal", java.util.Set.of("vn.egov.sdk.forms", "vn.egov.sdk.stats.jdbc"));
}
