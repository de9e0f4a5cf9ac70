package vn.egov.sdk.forms.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.Problem;

/** The client's settings at the ends of their ranges, and what its exceptions say. */
class ClientSettingsTest {
  private static DossierClient.Builder builder() {
    return DossierClient.builder().baseUrl("http://127.0.0.1:1/");
  }

  @Test
  void oneAttemptIsTheLeastAndBackoffMustGrow() {
    builder().maxAttempts(1).build().close();
    assertThatThrownBy(() -> builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
    builder().backoff(Duration.ofMillis(1), Duration.ofMillis(2)).build().close();
    assertThatThrownBy(() -> builder().backoff(Duration.ofMillis(2), Duration.ofMillis(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder().backoff(Duration.ZERO, Duration.ofMillis(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder().backoff(Duration.ofMillis(-1), Duration.ofMillis(2)))
        .isInstanceOf(IllegalArgumentException.class);
    builder().language(Language.EN).maxAttempts(2).build().close();
  }

  @Test
  void aValidationFailureNamesPathsAndCodesButNotTheServicesText() {
    ValidationFailedException e = new ValidationFailedException(List.of(new Problem("/a", "REQUIRED", "bí mật"),
        new Problem("/b", "TOO_LONG", "x")));
    assertThat(e).hasMessage("2 violation(s): /a REQUIRED, /b TOO_LONG");
    assertThat(e.violations()).hasSize(2);
  }
}
