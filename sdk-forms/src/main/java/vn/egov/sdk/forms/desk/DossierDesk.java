package vn.egov.sdk.forms.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.egov.sdk.forms.internal.Canonical;
import vn.egov.sdk.forms.desk.internal.DossierStore;
import vn.egov.sdk.jdbc.internal.JdbcPool;
import vn.egov.sdk.forms.internal.JsonSupport;
import vn.egov.sdk.forms.internal.PersonalData;
import vn.egov.sdk.forms.Attachment;
import vn.egov.sdk.forms.FieldDefinition;
import vn.egov.sdk.forms.FieldType;
import vn.egov.sdk.forms.FormDefinition;
import vn.egov.sdk.forms.FormValidator;
import vn.egov.sdk.forms.Submission;
import vn.egov.sdk.forms.ValidationReport;

/**
 * The reference receiving service of a one-stop desk: files dossiers exactly once per idempotency key,
 * numbers them per Circular 01/2018, computes the due date from the procedure's processing time, and
 * moves them along the one-stop lifecycle. Thread-safe; close it to release the database.
 */
public final class DossierDesk implements AutoCloseable {
  /** The desk's time zone: receiving dates and dossier codes are Vietnamese dates. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
  private static final int MAX_NOTE = 2000;
  private static final Logger log = LoggerFactory.getLogger(DossierDesk.class);

  private final Map<String, FormDefinition> forms;
  private final ProcedureDirectory procedures;
  private final WorkingDays workingDays;
  private final Clock clock;
  private final DossierStore store;
  private final FormValidator validator = new FormValidator();

  private DossierDesk(Builder b) {
    this.forms = b.forms;
    this.procedures = b.procedures;
    this.workingDays = b.workingDays;
    this.clock = b.clock;
    this.store = new DossierStore(b.jdbcUrl);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether a text may be used as an idempotency key: 1–200 printable ASCII characters. */
  public static boolean isValidIdempotencyKey(String key) {
    return key != null && KEY.matcher(key).matches();
  }

  /** The forms this desk receives, in registration order. */
  public List<FormDefinition> forms() {
    return List.copyOf(forms.values());
  }

  public Optional<FormDefinition> form(String id) {
    return Optional.ofNullable(forms.get(id));
  }

  /**
   * Files a dossier. The same key with the same submission answers the first receipt again (nothing new
   * is stored); the same key with another submission is refused.
   *
   * @throws IllegalArgumentException if the key is not a valid idempotency key
   * @throws UnknownFormException if the form is not received here or its procedure is unknown
   * @throws InvalidDossierException with every violation, if the submission breaks the form's rules
   * @throws IdempotencyKeyReusedException if the key filed another submission before
   */
  public Receipt file(Submission submission, String idempotencyKey) {
    if (!isValidIdempotencyKey(idempotencyKey)) {
      throw new IllegalArgumentException("an idempotency key is 1–200 printable ASCII characters");
    }
    FormDefinition form = form(submission.formId())
        .orElseThrow(() -> new UnknownFormException("no form with that id"));
    ProcedureTerms terms = procedures.terms(form.procedureCode())
        .orElseThrow(() -> new UnknownFormException("the form's procedure is not in the catalog"));
    Submission complete = withAttachmentNames(form, submission);
    ValidationReport report = validator.validate(form, complete.data(), complete.attachments());
    if (!report.valid()) {
      throw new InvalidDossierException(report);
    }
    OffsetDateTime receivedAt = OffsetDateTime.now(clock.withZone(ZONE)).truncatedTo(ChronoUnit.SECONDS);
    LocalDate receivedOn = receivedAt.toLocalDate();
    LocalDate due = dueDate(receivedAt, terms);
    String dataJson;
    try {
      dataJson = JsonSupport.mapper().writeValueAsString(complete.data());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
    Receipt receipt = store.file(new DossierStore.NewDossier(idempotencyKey, Canonical.fingerprint(complete),
        form.id(), form.procedureCode(), terms.unitCode(), receivedAt, due, dataJson, complete.attachments()),
        seq -> new DossierCode(terms.unitCode(), receivedOn, seq));
    log.info("Dossier {} filed (form {}, procedure {}, due {})", receipt.dossierCode(), form.id(),
        form.procedureCode(), receipt.dueDate());
    return receipt;
  }

  /** Validates a submission without filing it. */
  public Optional<ValidationReport> validate(String formId, JsonNode data) {
    return form(formId).map(f -> validator.validate(f, data));
  }

  public Optional<Dossier> find(String dossierCode) {
    return store.find(dossierCode);
  }

  /** The data object a dossier was filed with. */
  public Optional<JsonNode> data(String dossierCode) {
    return store.data(dossierCode).map(json -> {
      try {
        return JsonSupport.mapper().readTree(json);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("stored dossier data is not JSON", e);
      }
    });
  }

  /**
   * Moves a dossier to another status, with an optional note (at most 2000 characters), recording
   * who made the change. The due date follows the rule of docs/sdk-forms.md ("Due dates"): a
   * dossier supplemented before reception is due its whole processing time after it is received;
   * one supplemented during processing gets back the time it waited for the applicant (the due date
   * moves by the working days, or days, between the request and the supplemented dossier's return).
   *
   * @param actor who makes the change (an official's account or name, a system): 1–200 characters
   * @return the dossier after the move; empty if there is no dossier with that code
   * @throws InvalidTransitionException if the lifecycle does not allow the move
   * @throws IllegalArgumentException if the note is too long or the actor is blank or too long
   */
  public Optional<Dossier> move(String dossierCode, DossierStatus to, String note, String actor) {
    if (note != null && note.length() > MAX_NOTE) {
      throw new IllegalArgumentException("a note has at most " + MAX_NOTE + " characters");
    }
    if (actor == null || actor.isBlank() || actor.strip().length() > StatusChange.MAX_ACTOR) {
      throw new IllegalArgumentException("an actor is 1–" + StatusChange.MAX_ACTOR + " characters");
    }
    Optional<Dossier> moved = store.move(dossierCode, to, note, actor.strip(),
        OffsetDateTime.now(clock.withZone(ZONE)).truncatedTo(ChronoUnit.SECONDS), this::dueAfter);
    moved.ifPresent(d -> log.info("Dossier {} moved to {} ({}), due {}", d.dossierCode(), to,
        note == null ? "no note" : PersonalData.mask(note), d.dueDate()));
    return moved;
  }

  /** The due date after a move (inside the store's transaction). */
  private LocalDate dueAfter(Dossier before, DossierStatus to, OffsetDateTime at) {
    List<StatusChange> h = before.history();
    if (before.status() != DossierStatus.SUPPLEMENT_REQUESTED || h.size() < 2) {
      return before.dueDate();
    }
    Optional<ProcedureTerms> terms = procedures.terms(before.procedureCode());
    if (terms.isEmpty()) {
      return before.dueDate(); // the procedure left the catalog: keep the date the receipt promised
    }
    DossierStatus requestedOn = h.get(h.size() - 2).status();
    LocalDate requested = h.get(h.size() - 1).at().atZoneSameInstant(ZONE).toLocalDate();
    LocalDate back = at.atZoneSameInstant(ZONE).toLocalDate();
    if (requestedOn == DossierStatus.SUBMITTED && to == DossierStatus.RECEIVED) {
      return dueDate(at, terms.get()); // counted from the receipt of the complete dossier
    }
    if (to != DossierStatus.PROCESSING) {
      return before.dueDate();
    }
    return switch (terms.get().unit()) {
      // calendar days, and a period ending on a rest day ends on the next working day (Civil Code Art. 148)
      case DAYS -> workingDays.addCalendarDays(before.dueDate(),
          (int) Math.max(0, ChronoUnit.DAYS.between(requested, back)));
      case WORKING_DAYS, HOURS -> workingDays.addWorkingDays(before.dueDate(), workingDaysBetween(requested, back));
    };
  }

  /** Working days d with {@code from < d <= to}. */
  private int workingDaysBetween(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = workingDays.addWorkingDays(from, 1); !d.isAfter(to); d = workingDays.addWorkingDays(d, 1)) {
      n++;
    }
    return n;
  }

  private LocalDate dueDate(OffsetDateTime receivedAt, ProcedureTerms terms) {
    int amount = (int) terms.amount();
    return switch (terms.unit()) {
      case WORKING_DAYS -> workingDays.addWorkingDays(receivedAt.toLocalDate(), amount);
      // calendar days, ending on a working day (Civil Code 2015, Art. 147–148)
      case DAYS -> workingDays.addCalendarDays(receivedAt.toLocalDate(), amount);
      // an 8-hour working day: 4 hours → the next working day, 16 hours → two working days
      case HOURS -> workingDays.addWorkingDays(receivedAt.toLocalDate(), (amount + 7) / 8);
    };
  }

  /** File fields left out of the data but sent as attachments list the attachments' names. */
  private static Submission withAttachmentNames(FormDefinition form, Submission s) {
    JsonNode data = s.data();
    if (!data.isObject() || s.attachments().isEmpty()) {
      return s;
    }
    ObjectNode filled = (ObjectNode) data;
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (Attachment a : s.attachments()) {
      names.computeIfAbsent(a.field(), k -> new ArrayList<>()).add(a.fileName());
    }
    for (FieldDefinition f : form.fields()) {
      if (f.type() == FieldType.FILE && !filled.has(f.id()) && names.containsKey(f.id())) {
        names.get(f.id()).forEach(filled.putArray(f.id())::add);
      }
    }
    return new Submission(s.formId(), filled, s.attachments());
  }

  /** Whether the desk's database answers; never throws (for health checks). */
  public boolean healthy() {
    return store.reachable();
  }

  @Override
  public void close() {
    store.close();
  }

  /** Builds a desk; {@link #build()} checks that everything needed was given. */
  public static final class Builder {
    private final Map<String, FormDefinition> forms = new LinkedHashMap<>();
    private ProcedureDirectory procedures;
    private WorkingDays workingDays;
    private Clock clock = Clock.systemUTC();
    private String jdbcUrl;

    private Builder() {}

    /** Adds forms to receive (ids must be distinct). */
    public Builder forms(List<FormDefinition> definitions) {
      for (FormDefinition f : definitions) {
        if (forms.putIfAbsent(f.id(), f) != null) {
          throw new IllegalArgumentException("form id given twice: " + f.id());
        }
      }
      return this;
    }

    public Builder procedures(ProcedureDirectory directory) {
      this.procedures = Objects.requireNonNull(directory, "procedures");
      return this;
    }

    public Builder workingDays(WorkingDays calendar) {
      this.workingDays = Objects.requireNonNull(calendar, "workingDays");
      return this;
    }

    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * Keeps dossiers in the embedded SQLite file {@code <dir>/dossiers.db} (directory and file created
     * if missing; WAL with {@code synchronous=FULL}: a receipt's filing is on disk before it is
     * returned and survives a killed process or a power loss). Needs {@code org.xerial:sqlite-jdbc}.
     *
     * <p>A directory that holds only the H2 file {@code dossiers.mv.db} of an earlier version (and no
     * {@code dossiers.db}) keeps that H2 file, so no dossier is lost; opening it logs a warning that H2
     * is not crash-safe and how to move (docs/durability.md).
     */
    public Builder dataDir(Path dir) {
      Objects.requireNonNull(dir, "dataDir");
      String url = JdbcPool.embeddedUrl(dir, "dossiers");
      this.jdbcUrl = url.startsWith("jdbc:h2:") ? url + ";LOCK_TIMEOUT=30000" : url;
      return this;
    }

    /**
     * Keeps dossiers in this database: {@code jdbc:sqlite:…}, {@code jdbc:h2:…} (not crash-safe) or
     * {@code jdbc:postgresql://…} (credentials as URL parameters).
     *
     * @throws IllegalArgumentException for any other URL (the message does not repeat it)
     */
    public Builder jdbcUrl(String url) {
      Objects.requireNonNull(url, "jdbcUrl");
      if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql://")) {
        throw new IllegalArgumentException("jdbcUrl must start with jdbc:sqlite:, jdbc:h2: or jdbc:postgresql://");
      }
      this.jdbcUrl = url;
      return this;
    }

    public DossierDesk build() {
      List<String> missing = new ArrayList<>();
      if (forms.isEmpty()) {
        missing.add("forms");
      }
      if (procedures == null) {
        missing.add("procedures");
      }
      if (workingDays == null) {
        missing.add("workingDays");
      }
      if (jdbcUrl == null) {
        missing.add("dataDir or jdbcUrl");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("a dossier desk needs: " + String.join(", ", missing));
      }
      return new DossierDesk(this);
    }
  }
}
