package vn.egov.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Problem;
import vn.egov.sdk.stats.contract.MutableClock;

/** The limits of a poll's parts, its opening and closing instants, and the ballots it takes. */
class PollRulesTest {
  private static final Instant NOW = Instant.parse("2026-11-27T07:00:00Z");
  private final MutableClock clock = new MutableClock(NOW);
  private final Polls polls = new Polls(StatsStores.inMemory(), clock);

  private static Poll.Builder twoOptions(String id) {
    return Poll.builder(id).question("Q?").option("a", "A").option("b", "B");
  }

  private static List<String> codes(Runnable build) {
    try {
      build.run();
    } catch (InvalidPollException e) {
      return e.problems().stream().map(p -> p.path() + " " + p.code()).toList();
    }
    return List.of();
  }

  private static void assertReason(Runnable r, PollException.Reason reason) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(PollException.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void idsHaveUpTo64LettersDigitsDashesOrUnderscores() {
    assertThat(Poll.isValidId("a".repeat(64))).isTrue();
    assertThat(Poll.isValidId("Poll_2026-11")).isTrue();
    assertThat(Poll.isValidId("a".repeat(65))).isFalse();
    assertThat(Poll.isValidId("")).isFalse();
    assertThat(Poll.isValidId("a b")).isFalse();
    assertThat(Poll.isValidId(null)).isFalse();
    assertThat(codes(() -> twoOptions(null).build())).containsExactly("/id INVALID_ID");
  }

  @Test
  void aQuestionHasAtMost500CharactersAndNoControlCharacters() {
    assertThat(codes(() -> twoOptions("p").question("x".repeat(500)).build())).isEmpty();
    assertThat(codes(() -> twoOptions("p").question("x".repeat(501)).build())).containsExactly("/question TOO_LONG");
    assertThat(codes(() -> twoOptions("p").question("a\u0007b").build())).containsExactly("/question CONTROL_CHARACTERS");
    assertThat(codes(() -> twoOptions("p").question(null).build())).containsExactly("/question REQUIRED");
  }

  @Test
  void anOptionHasAnIdOfUpTo32CharactersAndATextOfUpTo200() {
    assertThat(codes(() -> Poll.builder("p").question("Q").option("a".repeat(32), "x".repeat(200)).option("b", "B")
        .build())).isEmpty();
    assertThat(codes(() -> Poll.builder("p").question("Q").option("a".repeat(33), "A").option("b", "B").build()))
        .containsExactly("/options/0/id INVALID_ID");
    assertThat(codes(() -> Poll.builder("p").question("Q").option("a", "x".repeat(201)).option("b", "B").build()))
        .containsExactly("/options/0/text TOO_LONG");
    assertThat(codes(() -> Poll.builder("p").question("Q").option("a", "A").option("b", "B\tC").build()))
        .containsExactly("/options/1/text CONTROL_CHARACTERS");
    assertThat(codes(() -> new Poll("p", "Q", Arrays.asList(new PollOption("a", "A"), null), 1, null, null, false)))
        .containsExactly("/options/1 REQUIRED");
    assertThat(codes(() -> new Poll("p", "Q", null, 1, null, null, false))).containsExactly("/options TOO_FEW_ITEMS");
  }

  @Test
  void aPollHasTwoToTwentyOptions() {
    Poll.Builder twenty = Poll.builder("p").question("Q");
    for (int i = 0; i < 20; i++) {
      twenty.option("o" + i, "Option " + i);
    }
    assertThat(twenty.build().options()).hasSize(20);
    twenty.option("o20", "Option 20");
    assertThat(codes(twenty::build)).containsExactly("/options TOO_MANY_ITEMS");
  }

  @Test
  void aBallotMayChooseFromOneToAllOptions() {
    assertThat(twoOptions("p").maxChoices(2).build().multipleChoice()).isTrue();
    assertThat(twoOptions("p").build().multipleChoice()).isFalse();
    assertThat(codes(() -> twoOptions("p").maxChoices(3).build())).containsExactly("/maxChoices OUT_OF_RANGE");
    assertThat(codes(() -> twoOptions("p").maxChoices(0).build())).containsExactly("/maxChoices OUT_OF_RANGE");
  }

  @Test
  void aPollOpensAtItsOpeningInstantAndClosesAtItsClosingInstant() {
    Poll p = twoOptions("p").opensAt(NOW).closesAt(NOW.plusSeconds(60)).build();
    assertThat(p.statusAt(NOW.minusMillis(1))).isEqualTo(PollStatus.SCHEDULED);
    assertThat(p.statusAt(NOW)).isEqualTo(PollStatus.OPEN);
    assertThat(p.statusAt(NOW.plusSeconds(60).minusMillis(1))).isEqualTo(PollStatus.OPEN);
    assertThat(p.statusAt(NOW.plusSeconds(60))).isEqualTo(PollStatus.CLOSED);
    assertThat(codes(() -> twoOptions("q").opensAt(NOW).closesAt(NOW).build())).containsExactly("/closesAt RANGE_INVERTED");
    assertThat(twoOptions("r").build().statusAt(NOW)).isEqualTo(PollStatus.OPEN);
  }

  @Test
  void closingKeepsAnEarlierClosingAndDropsAnOpeningNotReachedYet() {
    Poll later = twoOptions("p").opensAt(NOW.plusSeconds(10)).closesAt(NOW.plusSeconds(20)).build();
    Poll closed = later.closedAt(NOW);
    assertThat(closed.closesAt()).isEqualTo(NOW);
    assertThat(closed.opensAt()).isNull();
    Poll open = twoOptions("p").opensAt(NOW.minusSeconds(10)).build().closedAt(NOW);
    assertThat(open.opensAt()).isEqualTo(NOW.minusSeconds(10));
    assertThat(open.closesAt()).isEqualTo(NOW);
    Poll atTheSameInstant = twoOptions("p").closesAt(NOW).build();
    assertThat(atTheSameInstant.closedAt(NOW)).isSameAs(atTheSameInstant);
    Poll closesLater = twoOptions("p").closesAt(NOW.plusSeconds(5)).build();
    assertThat(closesLater.closedAt(NOW).closesAt()).isEqualTo(NOW);
  }

  @Test
  void aVoteCountsAtOnceAndTheResultsIncludeIt() {
    PollResults created = polls.create(twoOptions("p").maxChoices(2).build());
    assertThat(created.poll().id()).isEqualTo("p");
    assertThat(created.status()).isEqualTo(PollStatus.OPEN);
    assertThat(created.totalVoters()).isZero();
    PollResults r = polls.vote("p", "v1", List.of("b", "a"));
    assertThat(r.totalVoters()).isEqualTo(1);
    assertThat(r.totalVotes()).isEqualTo(2);
    assertThat(r.options()).extracting(OptionResult::votes).containsExactly(1L, 1L);
    assertThat(r.options()).extracting(OptionResult::percent).containsExactly(100, 100);
    assertThat(r.options()).extracting(OptionResult::text).containsExactly("A", "B");
    r = polls.vote("p", "v2", List.of("a"));
    assertThat(r.options()).extracting(OptionResult::votes).containsExactly(2L, 1L);
    assertThat(r.options()).extracting(OptionResult::percent).containsExactly(100, 50);
  }

  @Test
  void aBallotWithAMissingOptionOrNoneAtAllIsRefused() {
    polls.create(twoOptions("p").build());
    assertReason(() -> polls.vote("p", "v", Arrays.asList("a", null)), PollException.Reason.INVALID_OPTION);
    assertReason(() -> polls.vote("p", "v", Arrays.asList((String) null)), PollException.Reason.INVALID_OPTION);
    assertReason(() -> polls.vote("p", "v", null), PollException.Reason.INVALID_OPTION);
    assertReason(() -> polls.vote("p", null, List.of("a")), PollException.Reason.INVALID_VOTER);
    assertReason(() -> polls.vote(null, "v", List.of("a")), PollException.Reason.POLL_NOT_FOUND);
    assertThat(polls.results("p").totalVoters()).isZero();
  }

  @Test
  void aClosedPollTakesNoBallotAndAnUnknownOneCannotBeClosed() {
    polls.create(twoOptions("p").build());
    polls.vote("p", "v1", List.of("a"));
    assertThat(polls.close("p").status()).isEqualTo(PollStatus.CLOSED);
    assertReason(() -> polls.vote("p", "v2", List.of("a")), PollException.Reason.POLL_CLOSED);
    clock.advance(Duration.ofDays(1));
    assertThat(polls.close("p").totalVoters()).isEqualTo(1); // closing again changes nothing
    assertReason(() -> polls.close("bad id!"), PollException.Reason.POLL_NOT_FOUND);
    assertReason(() -> polls.close("nope"), PollException.Reason.POLL_NOT_FOUND);
  }

  @Test
  void aSingleChoicePollGivesLargestRemainderPercentages() {
    polls.create(Poll.builder("p").question("Q").option("a", "A").option("b", "B").option("c", "C").build());
    polls.vote("p", "v1", List.of("a"));
    polls.vote("p", "v2", List.of("b"));
    polls.vote("p", "v3", List.of("c"));
    assertThat(polls.results("p").options()).extracting(OptionResult::percent).containsExactly(34, 33, 33);
    assertThat(polls.list()).hasSize(1);
  }

  @Test
  void problemsNameThePollsPart() {
    assertThatThrownBy(() -> twoOptions("p").maxChoices(5).build()).isInstanceOfSatisfying(InvalidPollException.class,
        e -> assertThat(e.problems()).containsExactly(new Problem("/maxChoices", "OUT_OF_RANGE",
            "must be between 1 and the number of options, was 5")));
  }
}
