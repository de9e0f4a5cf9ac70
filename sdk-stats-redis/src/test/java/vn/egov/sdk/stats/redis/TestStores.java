package vn.egov.sdk.stats.redis;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import vn.egov.sdk.testing.TestServices;

/**
 * The Redis of the test machine ({@link TestServices#redisUrl()}), each test under its own key prefix.
 * Unreachable: the test is skipped, except under {@code CI=true}, where it fails.
 */
public final class TestStores {
  private TestStores() {}

  /** A URL with a fresh key prefix, after checking that Redis answers. */
  public static String newRedisPrefix() {
    String prefix = "egov:test:" + UUID.randomUUID().toString().substring(0, 12).toLowerCase(Locale.ROOT) + ":";
    URI uri = URI.create(TestServices.redisUrl());
    try (RedisClient r = RedisClient.create(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort())) {
      r.ping();
    } catch (RuntimeException e) {
      TestServices.unavailable("Redis", e);
    }
    return TestServices.redisUrl() + "?prefix=" + prefix;
  }

  public static void deleteRedisPrefix(String url) {
    URI uri = URI.create(url);
    String prefix = url.substring(url.indexOf("prefix=") + 7);
    try (RedisClient r = RedisClient.create(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort())) {
      String cursor = ScanParams.SCAN_POINTER_START;
      do {
        ScanResult<String> page = r.scan(cursor, new ScanParams().match(prefix + "*").count(500));
        if (!page.getResult().isEmpty()) {
          r.del(page.getResult().toArray(String[]::new));
        }
        cursor = page.getCursor();
      } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    } catch (RuntimeException e) {
      // best effort: the prefix is random
    }
  }
}
