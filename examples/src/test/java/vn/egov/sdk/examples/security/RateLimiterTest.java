package vn.egov.sdk.examples.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final Ticker ticker = nanos::get;

  private void advance(Duration d) {
    nanos.addAndGet(d.toNanos());
  }

  @Test
  void aBurstUpToTheLimitThenRefusedWithTheWaitForTheNextPermit() {
    RateLimiter limiter = new RateLimiter(new RateLimits.Rate(3, Duration.ofMinutes(1)), ticker, 100);
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire("a").allowed()).as("request %d", i + 1).isTrue();
    }
    RateLimiter.Decision refused = limiter.tryAcquire("a");
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(20)); // one permit per 20 s
    assertThat(refused.retryAfterSeconds()).isEqualTo(20);
    advance(Duration.ofSeconds(19));
    assertThat(limiter.tryAcquire("a").retryAfterSeconds()).isEqualTo(1);
    advance(Duration.ofSeconds(1));
    assertThat(limiter.tryAcquire("a").allowed()).isTrue();
    assertThat(limiter.tryAcquire("a").allowed()).isFalse();
  }

  @Test
  void clientsHaveTheirOwnBuckets() {
    RateLimiter limiter = new RateLimiter(new RateLimits.Rate(1, Duration.ofHours(1)), ticker, 100);
    assertThat(limiter.tryAcquire("a").allowed()).isTrue();
    assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    assertThat(limiter.tryAcquire("b").allowed()).isTrue();
  }

  @Test
  void anIdleClientRefillsToTheBurstAndNoHigher() {
    RateLimiter limiter = new RateLimiter(new RateLimits.Rate(2, Duration.ofSeconds(10)), ticker, 100);
    limiter.tryAcquire("a");
    limiter.tryAcquire("a");
    advance(Duration.ofDays(1)); // the bucket is dropped after a period idle: it is full anyway
    assertThat(limiter.tryAcquire("a").allowed()).isTrue();
    assertThat(limiter.tryAcquire("a").allowed()).isTrue();
    assertThat(limiter.tryAcquire("a").allowed()).isFalse();
  }

  @Test
  void aRetryAfterBelowOneSecondIsStillOneSecond() {
    RateLimiter limiter = new RateLimiter(new RateLimits.Rate(10, Duration.ofSeconds(1)), ticker, 100);
    for (int i = 0; i < 10; i++) {
      limiter.tryAcquire("a");
    }
    RateLimiter.Decision d = limiter.tryAcquire("a");
    assertThat(d.retryAfter()).isEqualTo(Duration.ofMillis(100));
    assertThat(d.retryAfterSeconds()).isEqualTo(1);
  }

  @Test
  void concurrentRequestsOfOneClientGetExactlyTheLimit() throws Exception {
    RateLimiter limiter = new RateLimiter(new RateLimits.Rate(50, Duration.ofHours(1)), ticker, 100);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          start.await();
          int allowed = 0;
          for (int i = 0; i < 100; i++) {
            if (limiter.tryAcquire("same").allowed()) {
              allowed++;
            }
          }
          return allowed;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get(60, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(50);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void memoryIsBounded() {
    assertThatThrownBy(() -> new RateLimiter(new RateLimits.Rate(1, Duration.ofSeconds(1)), ticker, 0))
        .hasMessageContaining("maxClients");
  }
}
