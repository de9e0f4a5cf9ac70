package vn.egov.sdk.stats.spi;

import vn.egov.sdk.stats.StatsStore;

/**
 * Opens the stats stores of one kind of URL. {@link vn.egov.sdk.stats.StatsStores#open(String)} finds
 * the providers on the class path with {@link java.util.ServiceLoader}: a store module (such as
 * {@code sdk-stats-jdbc} or {@code sdk-stats-redis}) lists its provider in
 * {@code META-INF/services/vn.egov.sdk.stats.spi.StatsStoreProvider} and in its {@code module-info}.
 * An agency's own store joins the same way.
 */
public interface StatsStoreProvider {
  /**
   * Whether this provider opens {@code url}, judged by its scheme alone. Never connects and never
   * throws.
   */
  boolean accepts(String url);

  /**
   * Opens a store on {@code url}, one that {@link #accepts(String)}. Does not connect: an unreachable
   * store fails its first use with {@link vn.egov.sdk.stats.StoreUnavailableException}.
   *
   * @throws IllegalArgumentException if the URL is malformed (the message does not repeat it: it may
   *     hold a password)
   * @throws IllegalStateException if something the store needs is not on the class path, such as a
   *     JDBC driver (the message names the artifact to add)
   */
  StatsStore open(String url);
}
