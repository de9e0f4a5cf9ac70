package vn.egov.sdk.forms.desk.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.egov.sdk.jdbc.Database;
import vn.egov.sdk.jdbc.internal.JdbcPool;
import vn.egov.sdk.jdbc.internal.SqlStates;
import vn.egov.sdk.forms.Attachment;
import vn.egov.sdk.forms.desk.Dossier;
import vn.egov.sdk.forms.desk.DossierCode;
import vn.egov.sdk.forms.desk.DossierStatus;
import vn.egov.sdk.forms.desk.DossierStoreUnavailableException;
import vn.egov.sdk.forms.desk.IdempotencyKeyReusedException;
import vn.egov.sdk.forms.desk.InvalidTransitionException;
import vn.egov.sdk.forms.desk.Receipt;
import vn.egov.sdk.forms.desk.StatusChange;

/**
 * Dossiers in a relational database (embedded SQLite, the default; H2; or PostgreSQL). Dossier numbers
 * come from a per-unit-per-day counter row that is incremented in the same transaction that inserts the
 * dossier: the row lock (on SQLite, the database's one write lock, taken at {@code BEGIN IMMEDIATE})
 * serialises concurrent filings, and a failed filing rolls its number back, so numbers are never
 * duplicated and have no gaps. Transient conflicts (lock timeouts, serialisation failures, a concurrent
 * first insert of the counter or of an idempotency key, SQLite's busy file) retry the whole transaction.
 * Due dates are SQL DATEs on H2 and PostgreSQL and ISO text {@code yyyy-MM-dd} on SQLite (no date type).
 */
public final class DossierStore implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DossierStore.class);
  private static final int ATTEMPTS = 50;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  private final JdbcPool dataSource;
  private final boolean sqlite;

  /** What a new dossier carries besides its number. */
  public record NewDossier(String idempotencyKey, String fingerprint, String formId, String procedureCode,
      String unitCode, OffsetDateTime receivedAt, LocalDate dueDate, String dataJson, List<Attachment> attachments) {}

  /**
   * Opens the pool through sdk-jdbc (which opens each database so that a commit is durable before it
   * returns: for SQLite, WAL and {@code synchronous=FULL}) and creates the tables if missing.
   *
   * @throws vn.egov.sdk.jdbc.MissingDriverException if the database's JDBC driver is not on the class path
   * @throws IllegalStateException if the database does not answer or the tables cannot be created
   */
  public DossierStore(String jdbcUrl) {
    this.dataSource = JdbcPool.builder(jdbcUrl)
        .poolName("egov-dossiers")
        .maximumPoolSize(8)
        .minimumIdle(8)
        // A networked database that stops answering fails fast (the caller answers 503); an embedded
        // file has no network to lose and may take seconds to open on a busy machine.
        // A SQLite pool has one connection (sdk-jdbc): filings queue for it, for up to this long.
        .connectionTimeout(jdbcUrl.startsWith("jdbc:postgresql:") ? Duration.ofSeconds(3) : Duration.ofSeconds(30))
        .validationTimeout(Duration.ofSeconds(1))
        .autoCommit(true)
        .connectAtStart(true)
        .build();
    this.sqlite = dataSource.database() == Database.SQLITE;
    try {
      createTables(dataSource.database());
    } catch (SQLException e) {
      dataSource.close();
      throw new IllegalStateException("the dossier store could not be prepared (SQLState " + SqlStates.state(e) + ")", e);
    }
  }

  private void createTables(Database database) throws SQLException {
    boolean postgres = database == Database.POSTGRESQL;
    String binary = postgres ? "BYTEA" : "BLOB";
    String text = database == Database.H2 ? "CLOB" : "TEXT";
    try (Connection c = dataSource.connection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS dossier_sequence (unit_code VARCHAR(40) NOT NULL, receiving_day CHAR(6) NOT NULL,"
          + " last_value INT NOT NULL, PRIMARY KEY (unit_code, receiving_day))");
      s.execute("CREATE TABLE IF NOT EXISTS dossier (code VARCHAR(64) PRIMARY KEY,"
          + " idempotency_key VARCHAR(200) NOT NULL UNIQUE, fingerprint CHAR(64) NOT NULL,"
          + " form_id VARCHAR(64) NOT NULL, procedure_code VARCHAR(64) NOT NULL, status INT NOT NULL,"
          + " received_at VARCHAR(40) NOT NULL, due_date DATE NOT NULL, data_json " + text + " NOT NULL)");
      s.execute("CREATE TABLE IF NOT EXISTS dossier_history (code VARCHAR(64) NOT NULL, seq INT NOT NULL,"
          + " status INT NOT NULL, changed_at VARCHAR(40) NOT NULL, note VARCHAR(2000), PRIMARY KEY (code, seq))");
      s.execute("CREATE TABLE IF NOT EXISTS dossier_attachment (code VARCHAR(64) NOT NULL, seq INT NOT NULL,"
          + " field_id VARCHAR(64) NOT NULL, file_name VARCHAR(255) NOT NULL, media_type VARCHAR(100) NOT NULL,"
          + " content " + binary + " NOT NULL, PRIMARY KEY (code, seq))");
      // issue 11.5: who made each change (rows from before stay NULL); SQLite has no ADD COLUMN IF NOT EXISTS
      if (!sqlite) {
        s.execute("ALTER TABLE dossier_history ADD COLUMN IF NOT EXISTS actor VARCHAR(200)");
      } else if (!sqliteHasColumn(s, "dossier_history", "actor")) {
        s.execute("ALTER TABLE dossier_history ADD COLUMN actor VARCHAR(200)");
      }
    }
  }

  private static boolean sqliteHasColumn(Statement s, String table, String column) throws SQLException {
    try (ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (r.next()) {
        if (r.getString("name").equalsIgnoreCase(column)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Binds a due date as this database stores it. */
  private void setDay(PreparedStatement p, int index, LocalDate day) throws SQLException {
    if (sqlite) {
      p.setString(index, day.toString());
    } else {
      p.setObject(index, day);
    }
  }

  /** Reads a due date as this database stores it. */
  private LocalDate day(ResultSet r, int column) throws SQLException {
    return sqlite ? LocalDate.parse(r.getString(column)) : r.getObject(column, LocalDate.class);
  }

  /**
   * The due date after a move, computed inside the move's transaction from the dossier as it was
   * (its history ends with its current status) and the move.
   */
  @FunctionalInterface
  public interface DueDateRule {
    LocalDate dueAfter(Dossier before, DossierStatus to, OffsetDateTime at);

    /** Moves never change the due date. */
    DueDateRule UNCHANGED = (d, to, at) -> d.dueDate();
  }

  /**
   * Files a dossier, or answers the receipt of the dossier this idempotency key filed before.
   *
   * @param codeFor makes the dossier code from the sequence number allocated for the unit and the
   *     receiving day ({@code receivedAt}'s local date)
   * @throws IdempotencyKeyReusedException if the key filed a dossier with another fingerprint
   */
  public Receipt file(NewDossier d, IntFunction<DossierCode> codeFor) {
    return transaction(c -> {
      Optional<Receipt> earlier = byKey(c, d.idempotencyKey(), d.fingerprint());
      if (earlier.isPresent()) {
        return earlier.get();
      }
      int seq = nextSequence(c, d.unitCode(), DAY.format(d.receivedAt()));
      String code = codeFor.apply(seq).toString();
      try (PreparedStatement p = c.prepareStatement("INSERT INTO dossier (code, idempotency_key, fingerprint,"
          + " form_id, procedure_code, status, received_at, due_date, data_json) VALUES (?,?,?,?,?,?,?,?,?)")) {
        p.setString(1, code);
        p.setString(2, d.idempotencyKey());
        p.setString(3, d.fingerprint());
        p.setString(4, d.formId());
        p.setString(5, d.procedureCode());
        p.setInt(6, DossierStatus.SUBMITTED.code());
        p.setString(7, format(d.receivedAt()));
        setDay(p, 8, d.dueDate());
        p.setString(9, d.dataJson());
        p.executeUpdate();
      }
      insertHistory(c, code, 1, DossierStatus.SUBMITTED, d.receivedAt(), null, StatusChange.APPLICANT);
      int i = 0;
      for (Attachment a : d.attachments()) {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO dossier_attachment (code, seq, field_id,"
            + " file_name, media_type, content) VALUES (?,?,?,?,?,?)")) {
          p.setString(1, code);
          p.setInt(2, ++i);
          p.setString(3, a.field());
          p.setString(4, a.fileName());
          p.setString(5, a.mediaType());
          p.setBytes(6, a.content());
          p.executeUpdate();
        }
      }
      return new Receipt(code, d.procedureCode(), DossierStatus.SUBMITTED, d.receivedAt(), d.dueDate());
    });
  }

  private Optional<Receipt> byKey(Connection c, String key, String fingerprint) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT code, fingerprint, procedure_code, received_at, due_date"
        + " FROM dossier WHERE idempotency_key = ?")) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        if (!r.getString(2).equals(fingerprint)) {
          throw new IdempotencyKeyReusedException();
        }
        return Optional.of(new Receipt(r.getString(1), r.getString(3), DossierStatus.SUBMITTED,
            OffsetDateTime.parse(r.getString(4)), day(r, 5)));
      }
    }
  }

  private int nextSequence(Connection c, String unit, String day) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "UPDATE dossier_sequence SET last_value = last_value + 1 WHERE unit_code = ? AND receiving_day = ?")) {
      p.setString(1, unit);
      p.setString(2, day);
      if (p.executeUpdate() == 0) {
        try (PreparedStatement i = c.prepareStatement(
            "INSERT INTO dossier_sequence (unit_code, receiving_day, last_value) VALUES (?, ?, 1)")) {
          i.setString(1, unit);
          i.setString(2, day);
          i.executeUpdate();
        }
        return 1;
      }
    }
    try (PreparedStatement p = c.prepareStatement(
        "SELECT last_value FROM dossier_sequence WHERE unit_code = ? AND receiving_day = ?")) {
      p.setString(1, unit);
      p.setString(2, day);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  public Optional<Dossier> find(String code) {
    return transaction(c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT form_id, procedure_code, status, received_at, due_date"
          + " FROM dossier WHERE code = ?")) {
        p.setString(1, code);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          return Optional.of(new Dossier(code, r.getString(1), r.getString(2), status(r.getInt(3)),
              OffsetDateTime.parse(r.getString(4)), day(r, 5), history(c, code)));
        }
      }
    });
  }

  /** The data object a dossier was filed with, as JSON text. */
  public Optional<String> data(String code) {
    return transaction(c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT data_json FROM dossier WHERE code = ?")) {
        p.setString(1, code);
        try (ResultSet r = p.executeQuery()) {
          return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
        }
      }
    });
  }

  /**
   * Moves a dossier if the lifecycle allows it from its current status and history, records who
   * made the change, and sets the due date {@code rule} gives; empty if there is no such dossier.
   *
   * @throws InvalidTransitionException if the lifecycle does not allow the move
   */
  public Optional<Dossier> move(String code, DossierStatus to, String note, String actor, OffsetDateTime at,
      DueDateRule rule) {
    boolean moved = transaction(c -> {
      Dossier before;
      // SQLite has no FOR UPDATE: its IMMEDIATE transaction holds the write lock already
      try (PreparedStatement p = c.prepareStatement("SELECT form_id, procedure_code, status, received_at, due_date"
          + " FROM dossier WHERE code = ?" + (sqlite ? "" : " FOR UPDATE"))) {
        p.setString(1, code);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return false;
          }
          before = new Dossier(code, r.getString(1), r.getString(2), status(r.getInt(3)),
              OffsetDateTime.parse(r.getString(4)), day(r, 5), history(c, code));
        }
      }
      if (!DossierStatus.canMove(before.history(), to)) {
        throw new InvalidTransitionException(before.status(), to);
      }
      LocalDate due = rule.dueAfter(before, to, at);
      try (PreparedStatement p = c.prepareStatement("UPDATE dossier SET status = ?, due_date = ? WHERE code = ?")) {
        p.setInt(1, to.code());
        setDay(p, 2, due);
        p.setString(3, code);
        p.executeUpdate();
      }
      int seq;
      try (PreparedStatement p = c.prepareStatement("SELECT MAX(seq) FROM dossier_history WHERE code = ?")) {
        p.setString(1, code);
        try (ResultSet r = p.executeQuery()) {
          r.next();
          seq = r.getInt(1) + 1;
        }
      }
      insertHistory(c, code, seq, to, at, note, actor);
      return true;
    });
    return moved ? find(code) : Optional.empty();
  }

  private static void insertHistory(Connection c, String code, int seq, DossierStatus status, OffsetDateTime at,
      String note, String actor) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO dossier_history (code, seq, status, changed_at, note, actor) VALUES (?,?,?,?,?,?)")) {
      p.setString(1, code);
      p.setInt(2, seq);
      p.setInt(3, status.code());
      p.setString(4, format(at));
      p.setString(5, note);
      p.setString(6, actor);
      p.executeUpdate();
    }
  }

  private static List<StatusChange> history(Connection c, String code) throws SQLException {
    List<StatusChange> history = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT status, changed_at, note, actor FROM dossier_history WHERE code = ? ORDER BY seq")) {
      p.setString(1, code);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          history.add(new StatusChange(status(r.getInt(1)), OffsetDateTime.parse(r.getString(2)),
              Optional.ofNullable(r.getString(3)), Optional.ofNullable(r.getString(4))));
        }
      }
    }
    return history;
  }

  private static DossierStatus status(int code) {
    return DossierStatus.ofCode(code).orElseThrow(() -> new IllegalStateException("unknown status in store"));
  }

  private static String format(OffsetDateTime t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
  }

  /** Whether the database answers a trivial query; never throws. */
  public boolean reachable() {
    try (Connection c = dataSource.connection(); Statement s = c.createStatement()) {
      s.execute("SELECT 1");
      return true;
    } catch (SQLException | RuntimeException e) {
      log.warn("The dossier store does not answer (SQLState {})",
          e instanceof SQLException sql ? SqlStates.state(sql) : e.getClass().getSimpleName());
      return false;
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T transaction(Work<T> work) {
    SQLException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try (Connection c = dataSource.connection()) {
        c.setAutoCommit(false);
        if (!sqlite) {
          // SQLite's only isolation is SERIALIZABLE (sqlite-jdbc refuses READ COMMITTED)
          c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
      } catch (SQLException e) {
        if (!SqlStates.isTransientConflict(e)) {
          throw new DossierStoreUnavailableException("dossier store failure (SQLState " + SqlStates.state(e) + ")", e);
        }
        last = e;
        log.debug("Retrying a dossier transaction after a transient conflict (SQLState {})", SqlStates.state(e));
        pause(attempt);
      }
    }
    throw new DossierStoreUnavailableException("dossier store stayed busy (SQLState " + SqlStates.state(last) + ")", last);
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(200, 5L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying a dossier transaction", e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
