package vn.egov.sdk.forms.desk;

import vn.egov.sdk.forms.Samples;
import vn.egov.sdk.forms.Submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.sdk.forms.desk.DossierStatus.PAYMENT_REQUESTED;
import static vn.egov.sdk.forms.desk.DossierStatus.PROCESSED;
import static vn.egov.sdk.forms.desk.DossierStatus.PROCESSING;
import static vn.egov.sdk.forms.desk.DossierStatus.RECEIVED;
import static vn.egov.sdk.forms.desk.DossierStatus.REFUSED;
import static vn.egov.sdk.forms.desk.DossierStatus.RETURNED;
import static vn.egov.sdk.forms.desk.DossierStatus.STOPPED;
import static vn.egov.sdk.forms.desk.DossierStatus.SUBMITTED;
import static vn.egov.sdk.forms.desk.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.egov.sdk.forms.desk.DossierStatus.WITHDRAWN;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11.5: the lifecycle as one-stop desks practise it — a supplement request right after
 * submission (1 → 5), fees collected when the result is returned (9 → 6 → 10), due dates that leave
 * out the time the applicant spends supplementing, and who made every change.
 */
class DossierLifecycleTest {
  private static final String OFFICIAL = "Trần Thị B – Bộ phận một cửa";

  /** A clock the test moves from one Vietnamese working morning to another. */
  static final class TestClock extends Clock {
    private Instant now;

    TestClock(LocalDateTime vietnam) {
      set(vietnam);
    }

    void set(LocalDateTime vietnam) {
      now = vietnam.atZone(DossierDesk.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      TestClock self = this;
      return new Clock() {
        @Override
        public ZoneId getZone() {
          return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
          return self.withZone(z);
        }

        @Override
        public Instant instant() {
          return self.instant();
        }
      };
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @TempDir Path dir;
  private final List<DossierDesk> open = new ArrayList<>();
  /** Friday 27 November 2026, 09:00. */
  private final TestClock clock = new TestClock(LocalDateTime.of(2026, 11, 27, 9, 0));

  private DossierDesk desk() {
    DossierDesk d = DossierDeskTest.builder().clock(clock).dataDir(dir).build();
    open.add(d);
    return d;
  }

  @AfterEach
  void close() {
    open.forEach(DossierDesk::close);
  }

  private void on(int month, int day) {
    clock.set(LocalDateTime.of(2026, month, day, 9, 0));
  }

  /** The table of docs/sdk-forms.md, row by row, with the context a supplement or payment request remembers. */
  @Test
  void theTransitionTable() {
    Map<DossierStatus, Set<DossierStatus>> plain = Map.of(
        SUBMITTED, EnumSet.of(RECEIVED, REFUSED, SUPPLEMENT_REQUESTED, WITHDRAWN),
        RECEIVED, EnumSet.of(PROCESSING, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, WITHDRAWN, STOPPED),
        PROCESSING, EnumSet.of(SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, PROCESSED, WITHDRAWN, STOPPED),
        PROCESSED, EnumSet.of(PAYMENT_REQUESTED, RETURNED));
    plain.forEach((from, to) -> {
      for (DossierStatus before : DossierStatus.values()) {
        assertThat(from.next(Optional.of(before))).as(from + " after " + before).isEqualTo(to);
      }
      assertThat(from.next()).isEqualTo(to);
    });
    assertThat(SUPPLEMENT_REQUESTED.next(Optional.of(SUBMITTED))).containsExactlyInAnyOrder(RECEIVED, REFUSED, WITHDRAWN);
    for (DossierStatus before : List.of(RECEIVED, PROCESSING)) {
      assertThat(SUPPLEMENT_REQUESTED.next(Optional.of(before))).containsExactlyInAnyOrder(PROCESSING, WITHDRAWN, STOPPED);
      assertThat(PAYMENT_REQUESTED.next(Optional.of(before))).containsExactlyInAnyOrder(PROCESSING, WITHDRAWN, STOPPED);
    }
    assertThat(PAYMENT_REQUESTED.next(Optional.of(PROCESSED))).containsExactly(RETURNED);
    assertThat(SUPPLEMENT_REQUESTED.next()).containsExactlyInAnyOrder(RECEIVED, REFUSED, PROCESSING, WITHDRAWN, STOPPED);
    assertThat(PAYMENT_REQUESTED.next()).containsExactlyInAnyOrder(PROCESSING, RETURNED, WITHDRAWN, STOPPED);
    for (DossierStatus end : List.of(REFUSED, WITHDRAWN, STOPPED, RETURNED)) {
      assertThat(end.isFinal()).isTrue();
      assertThat(end.next()).isEmpty();
    }
  }

  /**
   * A dossier filed online and found incomplete before reception (one-stop form 02, request to
   * supplement): 1 → 5, then received when complete; its time counts from that receipt.
   */
  @Test
  void aSupplementCanBeRequestedRightAfterSubmissionAndTimeStartsAtReception() {
    DossierDesk desk = desk();
    Receipt r = desk.file(DossierDeskTest.birth(), "k1");   // 3 working days
    assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
    Dossier asked = desk.move(r.dossierCode(), SUPPLEMENT_REQUESTED, "Thiếu bản sao giấy chứng sinh", OFFICIAL)
        .orElseThrow();
    assertThat(asked.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThatThrownBy(() -> desk.move(r.dossierCode(), PROCESSING, null, OFFICIAL))
        .isInstanceOf(InvalidTransitionException.class);  // not received yet
    on(12, 8);  // the applicant comes back on Tuesday 8 December
    Dossier received = desk.move(r.dossierCode(), RECEIVED, null, OFFICIAL).orElseThrow();
    assertThat(received.dueDate()).isEqualTo(LocalDate.of(2026, 12, 11)); // 3 working days after 8 Dec
    assertThat(received.history()).extracting(StatusChange::status)
        .containsExactly(SUBMITTED, SUPPLEMENT_REQUESTED, RECEIVED);
  }

  /**
   * Asked to supplement during processing, the applicant takes four working days; the due date moves
   * by those four days (the days already spent still count).
   */
  @Test
  void theTimeSpentSupplementingDuringProcessingIsNotCounted() {
    DossierDesk desk = desk();
    String code = desk.file(DossierDeskTest.birth(), "k2").dossierCode();  // due Wed 2 Dec
    on(11, 30);
    desk.move(code, RECEIVED, null, OFFICIAL);
    desk.move(code, PROCESSING, null, OFFICIAL);
    on(12, 1);
    desk.move(code, SUPPLEMENT_REQUESTED, "Bổ sung giấy tờ", OFFICIAL);
    assertThatThrownBy(() -> desk.move(code, RECEIVED, null, OFFICIAL)).isInstanceOf(InvalidTransitionException.class);
    on(12, 7);  // Monday: back after Wed 2, Thu 3, Fri 4, Mon 7
    Dossier back = desk.move(code, PROCESSING, "Đã bổ sung", OFFICIAL).orElseThrow();
    assertThat(back.dueDate()).isEqualTo(LocalDate.of(2026, 12, 8));
    // back the same day: nothing moves
    on(12, 7);
    desk.move(code, SUPPLEMENT_REQUESTED, null, OFFICIAL);
    assertThat(desk.move(code, PROCESSING, null, OFFICIAL).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 12, 8));
  }

  /** A procedure counted in calendar days moves by the calendar days of the wait. */
  @Test
  void calendarDayProceduresMoveByCalendarDays() {
    DossierDesk desk = desk();
    Submission judicial = new Submission("judicial-record-request", Samples.data("judicial-record-request"), List.of());
    Receipt r = desk.file(judicial, "k3");  // 2.000488: 10 days in the test terms
    LocalDate due = r.dueDate();
    on(11, 30);
    desk.move(r.dossierCode(), RECEIVED, null, OFFICIAL);
    desk.move(r.dossierCode(), SUPPLEMENT_REQUESTED, null, OFFICIAL);
    on(12, 3);
    assertThat(desk.move(r.dossierCode(), PROCESSING, null, OFFICIAL).orElseThrow().dueDate())
        .isEqualTo(due.plusDays(3));
    // a shifted period that would end on a Saturday ends on the next working day (Civil Code Art. 148)
    on(11, 27);
    Receipt other = desk.file(judicial, "k3b");
    assertThat(other.dueDate()).isEqualTo(LocalDate.of(2026, 12, 7));  // 27 Nov + 10 days, a Monday
    on(11, 30);
    desk.move(other.dossierCode(), RECEIVED, null, OFFICIAL);
    desk.move(other.dossierCode(), SUPPLEMENT_REQUESTED, null, OFFICIAL);
    on(12, 5);
    assertThat(desk.move(other.dossierCode(), PROCESSING, null, OFFICIAL).orElseThrow().dueDate())
        .isEqualTo(LocalDate.of(2026, 12, 14));  // 7 Dec + 5 days = Saturday 12 → Monday 14
  }

  /** Fees collected when the result is handed over: 9 → 6 → 10, and nothing else from there. */
  @Test
  void feesCanBeCollectedWhenTheResultIsReturned() {
    DossierDesk desk = desk();
    String code = desk.file(DossierDeskTest.birth(), "k4").dossierCode();
    desk.move(code, RECEIVED, null, OFFICIAL);
    desk.move(code, PROCESSING, null, OFFICIAL);
    desk.move(code, PROCESSED, null, OFFICIAL);
    Dossier pay = desk.move(code, PAYMENT_REQUESTED, "Nộp lệ phí khi nhận kết quả", OFFICIAL).orElseThrow();
    LocalDate due = pay.dueDate();
    assertThatThrownBy(() -> desk.move(code, PROCESSING, null, OFFICIAL)).isInstanceOf(InvalidTransitionException.class);
    Dossier returned = desk.move(code, RETURNED, null, "Thủ quỹ").orElseThrow();
    assertThat(returned.dueDate()).isEqualTo(due);
    assertThat(returned.history()).extracting(StatusChange::status)
        .containsExactly(SUBMITTED, RECEIVED, PROCESSING, PROCESSED, PAYMENT_REQUESTED, RETURNED);
    // a payment requested during processing leads back to processing, not to the result
    String other = desk.file(DossierDeskTest.birth(), "k5").dossierCode();
    desk.move(other, RECEIVED, null, OFFICIAL);
    desk.move(other, PAYMENT_REQUESTED, null, OFFICIAL);
    assertThatThrownBy(() -> desk.move(other, RETURNED, null, OFFICIAL)).isInstanceOf(InvalidTransitionException.class);
    assertThat(desk.move(other, PROCESSING, null, OFFICIAL).orElseThrow().status()).isEqualTo(PROCESSING);
  }

  @Test
  void everyChangeRecordsWhoMadeItAndKeepsItAcrossARestart() {
    String code;
    try (DossierDesk desk = DossierDeskTest.builder().clock(clock).dataDir(dir).build()) {
      code = desk.file(DossierDeskTest.birth(), "k6").dossierCode();
      desk.move(code, RECEIVED, null, "  " + OFFICIAL + " ");
      desk.move(code, SUPPLEMENT_REQUESTED, null, "hệ thống tự động");
      assertThatThrownBy(() -> desk.move(code, PROCESSING, null, " ")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> desk.move(code, PROCESSING, null, null)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> desk.move(code, PROCESSING, null, "x".repeat(201)))
          .isInstanceOf(IllegalArgumentException.class);
    }
    Dossier d = desk().find(code).orElseThrow();
    assertThat(d.history()).extracting(c -> c.actor().orElse(null))
        .containsExactly(StatusChange.APPLICANT, OFFICIAL, "hệ thống tự động");
    assertThat(d.status()).isEqualTo(SUPPLEMENT_REQUESTED);
  }

  /** A database written before the actor column existed opens, and its old rows show no actor. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"jdbc:sqlite:", "jdbc:h2:file:"})
  void aDatabaseFromBeforeTheActorColumnIsMigrated(String prefix) throws Exception {
    String url = prefix + dir.resolve("old").toAbsolutePath();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
        java.sql.Statement st = c.createStatement()) {
      st.execute("CREATE TABLE dossier_history (code VARCHAR(64) NOT NULL, seq INT NOT NULL,"
          + " status INT NOT NULL, changed_at VARCHAR(40) NOT NULL, note VARCHAR(2000), PRIMARY KEY (code, seq))");
    }
    DossierDesk desk = DossierDeskTest.builder().clock(clock).jdbcUrl(url).build();
    open.add(desk);
    String code = desk.file(DossierDeskTest.birth(), "old-1").dossierCode();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
        java.sql.Statement st = c.createStatement()) {
      st.execute("INSERT INTO dossier_history (code, seq, status, changed_at, note) VALUES ('" + code
          + "', 2, 2, '2026-11-27T09:00:00+07:00', NULL)");
      st.execute("UPDATE dossier SET status = 2 WHERE code = '" + code + "'");
    }
    Dossier d = desk.move(code, PROCESSING, null, OFFICIAL).orElseThrow();
    assertThat(d.history()).extracting(c -> c.actor().orElse("—"))
        .containsExactly(StatusChange.APPLICANT, "—", OFFICIAL);
  }
}
