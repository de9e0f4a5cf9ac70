package vn.egov.sdk.examples.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

  @Test
  void everyKindAndPeriodIsParsed() {
    RateLimits r = RateLimits.parse("votes=5/min, visits=600/10s,filings=20/h");
    assertThat(r.of(RateLimits.Kind.VOTES)).contains(new RateLimits.Rate(5, Duration.ofMinutes(1)));
    assertThat(r.of(RateLimits.Kind.VISITS)).contains(new RateLimits.Rate(600, Duration.ofSeconds(10)));
    assertThat(r.of(RateLimits.Kind.FILINGS)).contains(new RateLimits.Rate(20, Duration.ofHours(1)));
    assertThat(r).hasToString("votes=5/min,visits=600/10s,filings=20/h");
    assertThat(RateLimits.parse("VOTES=1/d").of(RateLimits.Kind.VOTES)).contains(new RateLimits.Rate(1, Duration.ofDays(1)));
    assertThat(RateLimits.parse("votes=1/s").of(RateLimits.Kind.VISITS)).isEmpty();
    assertThat(RateLimits.off().any()).isFalse();
    assertThat(RateLimits.off()).hasToString("off");
  }

  @Test
  void aBadSpecificationSaysWhatIsWrong() {
    assertThatThrownBy(() -> RateLimits.parse("")).hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> RateLimits.parse("votes")).hasMessageContaining("KIND=N/PERIOD");
    assertThatThrownBy(() -> RateLimits.parse("votes=5")).hasMessageContaining("KIND=N/PERIOD");
    assertThatThrownBy(() -> RateLimits.parse("votes=5/")).hasMessageContaining("KIND=N/PERIOD");
    assertThatThrownBy(() -> RateLimits.parse("pageviews=5/min")).hasMessageContaining("unknown kind 'pageviews'");
    assertThatThrownBy(() -> RateLimits.parse("votes=x/min")).hasMessageContaining("whole number");
    assertThatThrownBy(() -> RateLimits.parse("votes=0/min")).hasMessageContaining("1 to 1000000");
    assertThatThrownBy(() -> RateLimits.parse("votes=5/week")).hasMessageContaining("not s, min, h or d");
    assertThatThrownBy(() -> RateLimits.parse("votes=5/2d")).hasMessageContaining("1 second to 1 day");
    assertThatThrownBy(() -> RateLimits.parse("votes=5/min,votes=6/min")).hasMessageContaining("votes twice");
  }
}
