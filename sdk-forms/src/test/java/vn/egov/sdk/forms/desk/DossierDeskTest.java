package vn.egov.sdk.forms.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.testing.TestServices;
import vn.egov.sdk.forms.Attachment;
import vn.egov.sdk.forms.FormDefinition;
import vn.egov.sdk.forms.FormDefinitions;
import vn.egov.sdk.forms.Samples;
import vn.egov.sdk.forms.Submission;
import vn.egov.sdk.core.Problem;

class DossierDeskTest {
  static final String UNIT = "000.00.15.H30";
  /** Friday 27 November 2026, 14:35 in Vietnam. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T07:35:12Z"), ZoneOffset.UTC);
  /** Weekends only: the real calendar lives in sdk-core and is wired in by the portal server. */
  static final WorkingDays WEEKDAYS = (from, days) -> {
    LocalDate d = from;
    for (int i = 0; i < days; ) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        i++;
      }
    }
    return d;
  };
  static final Map<String, ProcedureTerms> TERMS = Map.of(
      "1.001193", new ProcedureTerms(UNIT, 3, ProcedureTerms.TimeUnit.WORKING_DAYS),
      "2.000488", new ProcedureTerms("000.00.04.H30", 10, ProcedureTerms.TimeUnit.DAYS),
      "2.000720", new ProcedureTerms(UNIT, 20, ProcedureTerms.TimeUnit.HOURS));

  @TempDir Path dir;
  private final List<DossierDesk> open = new ArrayList<>();

  static DossierDesk.Builder builder() {
    return DossierDesk.builder().forms(FormDefinitions.samples())
        .procedures(code -> Optional.ofNullable(TERMS.get(code))).workingDays(WEEKDAYS).clock(CLOCK);
  }

  private DossierDesk desk() {
    DossierDesk d = builder().dataDir(dir).build();
    open.add(d);
    return d;
  }

  @AfterEach
  void close() {
    open.forEach(DossierDesk::close);
  }

  static Submission birth() {
    return new Submission("birth-registration", Samples.data("birth-registration"),
        List.of(new Attachment("birthCertificate", "giay-chung-sinh.pdf", "application/pdf", Samples.PDF)));
  }

  @Test
  void filesAndNumbersPerCircular01() {
    DossierDesk desk = desk();
    Receipt r = desk.file(birth(), "key-1");
    assertThat(r.dossierCode()).isEqualTo(UNIT + "-261127-0001");
    assertThat(r.status()).isEqualTo(DossierStatus.SUBMITTED);
    assertThat(r.receivedAt().toString()).isEqualTo("2026-11-27T14:35:12+07:00");
    assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2)); // 3 working days after a Friday
    assertThat(desk.file(birth(), "key-2").dossierCode()).isEqualTo(UNIT + "-261127-0002");
    Dossier d = desk.find(r.dossierCode()).orElseThrow();
    assertThat(d.history()).extracting(StatusChange::status).containsExactly(DossierStatus.SUBMITTED);
    assertThat(desk.data(r.dossierCode()).orElseThrow().get("childName").asText()).isEqualTo("Nguyễn Minh Khang");
  }

  @Test
  void largeAttachmentsAreStored() {
    byte[] scan = new byte[4 * 1024 * 1024];
    System.arraycopy(Samples.PDF, 0, scan, 0, Samples.PDF.length);
    Receipt r = desk().file(new Submission("birth-registration", Samples.data("birth-registration"),
        List.of(new Attachment("birthCertificate", "giay-chung-sinh.pdf", "application/pdf", scan))), "big");
    assertThat(r.dossierCode()).endsWith("-0001");
  }

  @Test
  void dueDateFollowsTheUnitOfTheProcessingTime() {
    DossierDesk desk = desk();
    Receipt judicial = desk.file(new Submission("judicial-record-request",
        Samples.data("judicial-record-request"), List.of()), "j");
    assertThat(judicial.dossierCode()).startsWith("000.00.04.H30-261127-0001");
    assertThat(judicial.dueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
    Receipt household = desk.file(new Submission("household-business-registration",
        Samples.data("household-business-registration"), List.of()), "h");
    assertThat(household.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2)); // 20 hours → 3 working days
  }

  @Test
  void aDueDateInCalendarDaysThatFallsOnARestDayOrHolidayMovesToTheNextWorkingDay() {
    // Civil Code 2015, Art. 147–148. Wednesday 25 November 2026 + 10 days = Saturday 5 December → Monday 7.
    DossierDesk weekdays = builder().clock(Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneOffset.UTC))
        .dataDir(dir.resolve("weekdays")).build();
    open.add(weekdays);
    Receipt r = weekdays.file(new Submission("judicial-record-request", Samples.data("judicial-record-request"),
        List.of()), "c1");
    assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
    // Sunday 23 August 2026 + 10 days = Wednesday 2 September, National Day (1 and 2 September by
    // Thông báo 9441/TB-BNV): Thursday 3 September.
    DossierDesk vietnam = builder().workingDays(WorkingDays.of(vn.egov.sdk.core.calendar.WorkingCalendar.vietnam()))
        .clock(Clock.fixed(Instant.parse("2026-08-23T03:00:00Z"), ZoneOffset.UTC)).dataDir(dir.resolve("vn")).build();
    open.add(vietnam);
    Receipt holiday = vietnam.file(new Submission("judicial-record-request", Samples.data("judicial-record-request"),
        List.of()), "c2");
    assertThat(holiday.dueDate()).isEqualTo(LocalDate.of(2026, 9, 3));
  }

  @Test
  void sampleCatalogAndVietnameseCalendarGiveUnitAndDueDate() {
    DossierDesk desk = DossierDesk.builder().forms(FormDefinitions.samples())
        .procedures(ProcedureDirectory.of(vn.egov.sdk.core.catalog.Catalog.sample()))
        .workingDays(WorkingDays.of(vn.egov.sdk.core.calendar.WorkingCalendar.vietnam()))
        // Thursday 30 April 2026 (a holiday): 1 working day later skips 1 May and the weekend
        .clock(Clock.fixed(Instant.parse("2026-04-30T03:00:00Z"), ZoneOffset.UTC))
        .dataDir(dir).build();
    open.add(desk);
    Receipt r = desk.file(birth(), "k");
    assertThat(r.dossierCode()).isEqualTo("000.01.01.H56-260430-0001");
    assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
    for (FormDefinition f : FormDefinitions.samples()) {
      assertThat(vn.egov.sdk.core.catalog.Catalog.sample().find(f.procedureCode())).as(f.id()).isPresent();
    }
  }

  @Test
  void sameKeySameBodyIsTheSameReceiptAndAnotherBodyIsRefused() {
    DossierDesk desk = desk();
    Receipt first = desk.file(birth(), "k");
    ObjectNode reordered = Samples.data("birth-registration");
    reordered.remove("childName");
    reordered.put("childName", "Nguyễn Minh Khang");
    assertThat(desk.file(new Submission("birth-registration", reordered, birth().attachments()), "k"))
        .isEqualTo(first);
    ObjectNode other = Samples.data("birth-registration");
    other.put("childName", "Nguyễn Minh Khôi");
    assertThatThrownBy(() -> desk.file(new Submission("birth-registration", other, birth().attachments()), "k"))
        .isInstanceOf(IdempotencyKeyReusedException.class);
    assertThat(desk.file(birth(), "k2").dossierCode()).endsWith("-0002");
  }

  @Test
  void invalidDossierIsRefusedWithEveryViolationAndTakesNoNumber() {
    DossierDesk desk = desk();
    ObjectNode bad = Samples.data("birth-registration");
    bad.put("declarantCitizenId", "999090123456");
    bad.remove("childName");
    assertThatThrownBy(() -> desk.file(new Submission("birth-registration", bad, birth().attachments()), "bad"))
        .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.report().problems())
            .extracting(Problem::path, Problem::code)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("/declarantCitizenId", "CITIZEN_ID_PROVINCE"),
                org.assertj.core.groups.Tuple.tuple("/childName", "REQUIRED")));
    assertThat(desk.file(birth(), "good").dossierCode()).endsWith("-0001");
    assertThatThrownBy(() -> desk.file(new Submission("nope", bad, List.of()), "x"))
        .isInstanceOf(UnknownFormException.class);
    assertThatThrownBy(() -> desk.file(birth(), "has space")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lifecycleAllowsOnlyOneStopMoves() {
    DossierDesk desk = desk();
    String code = desk.file(birth(), "k").dossierCode();
    assertThatThrownBy(() -> desk.move(code, DossierStatus.RETURNED, null, "cán bộ một cửa"))
        .isInstanceOf(InvalidTransitionException.class);
    desk.move(code, DossierStatus.RECEIVED, "Đã nhận đủ hồ sơ", "cán bộ một cửa");
    desk.move(code, DossierStatus.PROCESSING, null, "cán bộ một cửa");
    Dossier d = desk.move(code, DossierStatus.PROCESSED, null, "cán bộ một cửa").orElseThrow();
    assertThat(d.status()).isEqualTo(DossierStatus.PROCESSED);
    assertThat(d.history()).extracting(StatusChange::status).containsExactly(DossierStatus.SUBMITTED,
        DossierStatus.RECEIVED, DossierStatus.PROCESSING, DossierStatus.PROCESSED);
    assertThat(d.history().get(1).note()).contains("Đã nhận đủ hồ sơ");
    assertThat(desk.move("000.00.15.H30-261127-9999", DossierStatus.RECEIVED, null, "cán bộ một cửa")).isEmpty();
  }

  @Test
  void logLinesCarryNoPersonalData() {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      DossierDesk desk = desk();
      String code = desk.file(birth(), "log-1").dossierCode();
      desk.move(code, DossierStatus.RECEIVED, "Đã gọi 0912345678 và gửi thư tới an.nguyen@example.vn, CCCD 001090123456", "cán bộ một cửa");
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(log).contains("Dossier " + UNIT + "-261127-0001 filed", "moved to RECEIVED")
        .doesNotContain("0912345678", "an.nguyen", "001090123456", "Nguyễn");
  }

  @Test
  void lifecycleTableIsClosedUnderItsOwnMoves() {
    for (DossierStatus s : DossierStatus.values()) {
      assertThat(s.canMoveTo(s)).as("%s to itself", s).isFalse();
      assertThat(s.isFinal()).isEqualTo(Set.of(DossierStatus.REFUSED, DossierStatus.WITHDRAWN,
          DossierStatus.STOPPED, DossierStatus.RETURNED).contains(s));
    }
    assertThat(DossierStatus.ofCode(4)).contains(DossierStatus.PROCESSING);
    assertThat(DossierStatus.ofCode(11)).isEmpty();
  }

  @Test
  void hundredParallelFilingsGetHundredDistinctGapFreeCodes() throws Exception {
    parallelFilings(desk());
  }

  /** The embedded default is the SQLite file dossiers.db (the test above runs on it). */
  @Test
  void theDataDirectoryHoldsASqliteFile() {
    DossierDesk desk = builder().dataDir(dir.resolve("new")).build();
    open.add(desk);
    desk.file(birth(), "sqlite-1");
    assertThat(dir.resolve("new").resolve("dossiers.db")).exists();
    assertThat(dir.resolve("new").resolve("dossiers.mv.db")).doesNotExist();
  }

  /** A data directory of an earlier version, with only the H2 file, keeps its dossiers (on H2). */
  @Test
  void anExistingH2FileIsKeptUntilItIsMoved() {
    Path old = dir.resolve("old");
    String code;
    try (DossierDesk h2 = builder().jdbcUrl("jdbc:h2:file:" + old.resolve("dossiers").toAbsolutePath()).build()) {
      code = h2.file(birth(), "h2-1").dossierCode();
    }
    DossierDesk desk = builder().dataDir(old).build();
    open.add(desk);
    assertThat(desk.find(code)).isPresent();
    assertThat(old.resolve("dossiers.db")).doesNotExist();
  }

  @Test
  void hundredParallelFilingsOnH2() throws Exception {
    DossierDesk desk = builder().jdbcUrl("jdbc:h2:file:" + dir.resolve("h2").resolve("dossiers").toAbsolutePath()
        + ";LOCK_TIMEOUT=30000").build();
    open.add(desk);
    parallelFilings(desk);
  }

  @Test
  void aJdbcUrlIsCheckedWhenGiven() {
    assertThatThrownBy(() -> builder().jdbcUrl("jdbc:mysql://u:secret@h/db"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:sqlite:")
        .hasMessageNotContaining("secret");
  }

  @Test
  void hundredParallelFilingsOnPostgres() throws Exception {
    String url = TestServices.newPostgresSchema();
    try {
      DossierDesk desk = builder().jdbcUrl(url).build();
      open.add(desk);
      parallelFilings(desk);
      String code = desk.file(birth(), "pg-last").dossierCode();
      assertThat(desk.move(code, DossierStatus.RECEIVED, "ok", "cán bộ một cửa").orElseThrow().history()).hasSize(2);
    } finally {
      open.forEach(DossierDesk::close);
      open.clear();
      TestServices.dropPostgresSchema(url);
    }
  }

  private static void parallelFilings(DossierDesk desk) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Receipt>> tasks = new ArrayList<>();
      // every filing twice under the same key: retries must not take numbers either
      IntStream.range(0, 200).forEach(i -> tasks.add(() -> desk.file(birth(), "parallel-" + (i % 100))));
      Set<String> codes = new TreeSet<>();
      for (Future<Receipt> f : pool.invokeAll(tasks)) {
        codes.add(f.get().dossierCode());
      }
      assertThat(codes).hasSize(100);
      assertThat(codes).containsExactlyElementsOf(IntStream.rangeClosed(1, 100)
          .mapToObj(i -> UNIT + "-261127-" + String.format("%04d", i)).toList());
    } finally {
      pool.shutdownNow();
    }
  }
}
