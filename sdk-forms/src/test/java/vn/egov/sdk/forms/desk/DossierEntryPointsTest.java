package vn.egov.sdk.forms.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The desk's static checks: idempotency keys, status codes and whether a history may move on. */
class DossierEntryPointsTest {
  private static StatusChange at(DossierStatus s) {
    return new StatusChange(s, OffsetDateTime.parse("2026-11-27T09:00:00+07:00"), Optional.empty(),
        Optional.of(StatusChange.APPLICANT));
  }

  @Test
  void anIdempotencyKeyIsOneTo200PrintableAsciiCharacters() {
    assertThat(DossierDesk.isValidIdempotencyKey("k")).isTrue();
    assertThat(DossierDesk.isValidIdempotencyKey("!~" + "a".repeat(198))).isTrue();
    assertThat(DossierDesk.isValidIdempotencyKey("a".repeat(201))).isFalse();
    assertThat(DossierDesk.isValidIdempotencyKey("")).isFalse();
    assertThat(DossierDesk.isValidIdempotencyKey("a b")).isFalse();
    assertThat(DossierDesk.isValidIdempotencyKey("khóa")).isFalse();
    assertThat(DossierDesk.isValidIdempotencyKey("a\u007F")).isFalse();
    assertThat(DossierDesk.isValidIdempotencyKey(null)).isFalse();
  }

  @Test
  void statusCodesAreOneToTen() {
    for (DossierStatus s : DossierStatus.values()) {
      assertThat(DossierStatus.ofCode(s.code())).contains(s);
    }
    assertThat(DossierStatus.ofCode(0)).isEmpty();
    assertThat(DossierStatus.ofCode(11)).isEmpty();
    assertThat(DossierStatus.RETURNED.code()).isEqualTo(10);
    assertThat(DossierStatus.SUBMITTED.label().in(vn.egov.sdk.core.Language.EN))
        .isEqualTo("Submitted online, awaiting reception");
  }

  @Test
  void aHistoryMovesOnFromItsLastStatusInTheContextOfTheOneBefore() {
    assertThat(DossierStatus.canMove(List.of(), DossierStatus.RECEIVED)).isFalse();
    assertThat(DossierStatus.canMove(List.of(at(DossierStatus.SUBMITTED)), DossierStatus.RECEIVED)).isTrue();
    assertThat(DossierStatus.canMove(List.of(at(DossierStatus.SUBMITTED)), DossierStatus.PROCESSING)).isFalse();
    List<StatusChange> beforeReception = List.of(at(DossierStatus.SUBMITTED), at(DossierStatus.SUPPLEMENT_REQUESTED));
    assertThat(DossierStatus.canMove(beforeReception, DossierStatus.RECEIVED)).isTrue();
    assertThat(DossierStatus.canMove(beforeReception, DossierStatus.PROCESSING)).isFalse();
    List<StatusChange> during = List.of(at(DossierStatus.SUBMITTED), at(DossierStatus.RECEIVED),
        at(DossierStatus.SUPPLEMENT_REQUESTED));
    assertThat(DossierStatus.canMove(during, DossierStatus.PROCESSING)).isTrue();
    assertThat(DossierStatus.canMove(during, DossierStatus.RECEIVED)).isFalse();
    assertThat(DossierStatus.canMove(List.of(at(DossierStatus.SUPPLEMENT_REQUESTED)), DossierStatus.PROCESSING))
        .isTrue(); // no context: taken as requested during processing
    List<StatusChange> feesAtTheEnd = List.of(at(DossierStatus.PROCESSED), at(DossierStatus.PAYMENT_REQUESTED));
    assertThat(DossierStatus.canMove(feesAtTheEnd, DossierStatus.RETURNED)).isTrue();
    assertThat(DossierStatus.canMove(feesAtTheEnd, DossierStatus.PROCESSING)).isFalse();
    assertThat(DossierStatus.RETURNED.canMoveTo(DossierStatus.PROCESSING)).isFalse();
    assertThat(DossierStatus.PROCESSED.canMoveTo(DossierStatus.RETURNED)).isTrue();
    assertThat(DossierStatus.PROCESSED.isFinal()).isFalse();
  }

  @Test
  void aRefusedMoveNamesBothStatuses() {
    InvalidTransitionException e = new InvalidTransitionException(DossierStatus.SUBMITTED, DossierStatus.RETURNED);
    assertThat(e.from()).isEqualTo(DossierStatus.SUBMITTED);
    assertThat(e.to()).isEqualTo(DossierStatus.RETURNED);
    assertThat(e).hasMessage("a dossier cannot move from SUBMITTED to RETURNED");
  }
}
