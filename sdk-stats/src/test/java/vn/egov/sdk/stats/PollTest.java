package vn.egov.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Problem;

class PollTest {

  @Test
  void everyBrokenRuleIsListed() {
    assertThatThrownBy(() -> Poll.builder("bad id!").question(" ").option("a", "A").option("a", "")
        .maxChoices(3).opensAt(Instant.parse("2026-12-01T00:00:00Z"))
        .closesAt(Instant.parse("2026-11-01T00:00:00Z")).build())
        .isInstanceOfSatisfying(InvalidPollException.class, e -> assertThat(e.problems()).extracting(Problem::toString, Problem::code).containsExactly(
            tuple("/id: 1 to 64 letters, digits, '-' or '_' are needed", "INVALID_ID"),
            tuple("/question: must not be empty", "REQUIRED"),
            tuple("/options/1/id: 'a' is used twice", "DUPLICATE"),
            tuple("/options/1/text: must not be empty", "REQUIRED"),
            tuple("/maxChoices: must be between 1 and the number of options, was 3", "OUT_OF_RANGE"),
            tuple("/closesAt: must be after opensAt", "RANGE_INVERTED")));
  }

  @Test
  void tooFewOptions() {
    assertThatThrownBy(() -> Poll.builder("p").question("Q").option("a", "A").build())
        .isInstanceOfSatisfying(InvalidPollException.class,
            e -> assertThat(e.problems()).containsExactly(
                new Problem("/options", "TOO_FEW_ITEMS", "at least 2 are needed")));
  }

  @Test
  void textIsNormalisedToNfc() {
    String decomposed = "Ý kiê\u0301n khác";
    Poll p = Poll.builder("p").question(" Câu hỏi ").option("a", decomposed).option("b", "B").build();
    assertThat(p.question()).isEqualTo("Câu hỏi");
    assertThat(p.options().get(0).text()).isEqualTo("Ý kiến khác");
  }

  @Test
  void closingAScheduledPollClosesItAtOnce() {
    Instant now = Instant.parse("2026-11-27T07:00:00Z");
    Poll p = Poll.builder("p").question("Q").option("a", "A").option("b", "B")
        .opensAt(now.plusSeconds(3600)).build();
    assertThat(p.statusAt(now)).isEqualTo(PollStatus.SCHEDULED);
    Poll closed = p.closedAt(now);
    assertThat(closed.statusAt(now)).isEqualTo(PollStatus.CLOSED);
    assertThat(closed.statusAt(now.plusSeconds(7200))).isEqualTo(PollStatus.CLOSED);
    assertThat(closed.closedAt(now.plusSeconds(10))).isSameAs(closed);
  }
}
