package vn.egov.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void pathsAreJsonPointersWithEscapedTokens() {
    assertThat(Problem.pointer("procedures", 3, "code")).isEqualTo("/procedures/3/code");
    assertThat(Problem.pointer("a/b", "m~n")).isEqualTo("/a~1b/m~0n");
    assertThat(Problem.pointer()).isEmpty();
  }

  @Test
  void theWholeInputPrintsAsASlash() {
    assertThat(new Problem("", "NOT_JSON", "not valid JSON")).hasToString("/: not valid JSON");
    assertThat(new Problem("/citizenId", "REQUIRED", "is required")).hasToString("/citizenId: is required");
  }

  @Test
  void everyPartIsRequired() {
    assertThatThrownBy(() -> new Problem(null, "REQUIRED", "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Problem("/a", null, "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Problem("/a", "REQUIRED", null)).isInstanceOf(NullPointerException.class);
  }
}
