package vn.egov.sdk.stats.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.sdk.jdbc.Database;
import vn.egov.sdk.jdbc.MissingDriverException;
import vn.egov.sdk.jdbc.internal.JdbcPool;
import vn.egov.sdk.jdbc.internal.SqlStates;
import vn.egov.sdk.stats.PageViewBatch;
import vn.egov.sdk.stats.Poll;
import vn.egov.sdk.stats.PollException;
import vn.egov.sdk.stats.PollOption;
import vn.egov.sdk.stats.PollTally;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.StoreUnavailableException;
import vn.egov.sdk.stats.VisitorActivity;
import vn.egov.sdk.stats.VisitorTotals;

/**
 * The store on a SQL database through an sdk-jdbc pool: an embedded SQLite file (one process; the
 * default), an H2 file (accepted, not crash-safe) or PostgreSQL (several nodes). The schema ({@code vn/egov/sdk/stats/jdbc/schema.sql} in this jar) is
 * created on first use.
 * Every write is one transaction, committed before the method returns. Page-view batches take the
 * page-view counter row first, so batches from several nodes apply one after another and never
 * deadlock; a ballot is a row whose primary key (poll, voter) rejects a second one.
 */
public final class JdbcStatsStore implements StatsStore {
  private static final String PAGE_VIEWS = "page_views";
  private static final String VISITS = "visits";
  private static final int IN_CHUNK = 500;

  private final JdbcPool pool;
  private final SqlDialect dialect;
  private final String kind;
  private final Object schemaLock = new Object();
  private volatile boolean schemaReady;

  private JdbcStatsStore(JdbcPool pool, SqlDialect dialect, String kind) {
    this.pool = pool;
    this.dialect = dialect;
    this.kind = kind;
  }

  /**
   * Opens a pool on {@code jdbcUrl} ({@code jdbc:sqlite:…}, {@code jdbc:h2:…} or
   * {@code jdbc:postgresql://…}, user and password as URL parameters) through sdk-jdbc, which opens
   * each database with the settings that make a commit durable before it returns (for SQLite: WAL,
   * {@code synchronous=FULL}). Does not connect yet: an unreachable database makes the first
   * operation fail with {@link StoreUnavailableException}, not the start of the server.
   *
   * @throws IllegalArgumentException for any other URL (the message does not repeat it)
   * @throws MissingDriverException if the database's JDBC driver is not on the class path
   */
  public static JdbcStatsStore open(String jdbcUrl) {
    if (!accepts(jdbcUrl)) {
      throw new IllegalArgumentException(
          "a stats JDBC URL starts with jdbc:sqlite:, jdbc:h2: or jdbc:postgresql://");
    }
    Database database = Database.of(jdbcUrl);
    boolean embedded = database != Database.POSTGRESQL;
    String kind = database.name().toLowerCase(java.util.Locale.ROOT);
    JdbcPool pool = JdbcPool.builder(jdbcUrl)
        .poolName("egov-stats-" + kind)
        .maximumPoolSize(embedded ? 4 : 8)
        .minimumIdle(embedded ? 1 : 2)
        // PostgreSQL: a store that does not answer fails fast (the caller answers 503). An embedded file
        // has no network to lose; opening it, or waiting for the one SQLite connection behind other
        // writers, can take seconds on a busy machine.
        .connectionTimeout(embedded ? Duration.ofSeconds(30) : Duration.ofSeconds(3))
        .validationTimeout(Duration.ofSeconds(1))
        .autoCommit(false)
        .build();
    SqlDialect dialect = switch (database) {
      case SQLITE -> SqlDialect.SQLITE;
      case H2 -> SqlDialect.H2;
      case POSTGRESQL -> SqlDialect.POSTGRESQL;
    };
    return new JdbcStatsStore(pool, dialect, kind);
  }

  /** Whether {@link #open(String)} takes {@code url}. */
  public static boolean accepts(String url) {
    return url != null && (url.startsWith("jdbc:sqlite:") || url.startsWith("jdbc:h2:")
        || url.startsWith("jdbc:postgresql://"));
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs {@code work} in one committed transaction; every SQL failure becomes StoreUnavailable. */
  private <T> T inTransaction(Work<T> work) {
    ensureSchema();
    try (Connection c = pool.connection()) {
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreUnavailableException("stats store (" + kind + ") failed: SQLState "
          + SqlStates.state(e), e);
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is broken; the pool discards it
    }
  }

  private void ensureSchema() {
    if (schemaReady) {
      return;
    }
    synchronized (schemaLock) {
      if (schemaReady) {
        return;
      }
      String sql;
      try (InputStream in = JdbcStatsStore.class.getResourceAsStream("/vn/egov/sdk/stats/jdbc/schema.sql")) {
        if (in == null) {
          throw new IllegalStateException("schema.sql is missing from the sdk-stats-jdbc jar");
        }
        sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException("schema.sql could not be read", e);
      }
      try (Connection c = pool.connection()) {
        try {
          dialect.lockSchema(c);
          try (Statement s = c.createStatement()) {
            for (String statement : statements(sql)) {
              s.execute(statement);
            }
          }
          try (PreparedStatement p = c.prepareStatement(dialect.insertIgnore("egov_stats_counter",
              new String[] {"counter_name", "amount"}, new String[] {"VARCHAR(32)", "BIGINT"}, 1))) {
            for (String name : new String[] {PAGE_VIEWS, VISITS}) {
              p.setString(1, name);
              p.setLong(2, 0);
              p.addBatch();
            }
            p.executeBatch();
          }
          c.commit();
        } catch (SQLException e) {
          rollbackQuietly(c);
          throw e;
        }
      } catch (SQLException e) {
        throw new StoreUnavailableException("stats store (" + kind + ") schema could not be created:"
            + " SQLState " + SqlStates.state(e), e);
      }
      schemaReady = true;
    }
  }

  private static List<String> statements(String script) {
    StringBuilder clean = new StringBuilder();
    for (String line : script.split("\n")) {
      String t = line.strip();
      if (!t.startsWith("--")) {
        clean.append(line).append('\n');
      }
    }
    List<String> out = new ArrayList<>();
    for (String s : clean.toString().split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  @Override
  public void apply(PageViewBatch batch) {
    inTransaction(c -> {
      // Taking this row first serialises batches of all nodes.
      addCounter(c, PAGE_VIEWS, batch.pageViews());
      try (PreparedStatement p = c.prepareStatement(
          "SELECT 1 FROM egov_stats_batch WHERE batch_id = ?")) {
        p.setString(1, batch.batchId());
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next()) {
            c.rollback();
            return null;
          }
        }
      }
      long batchTime = batch.forgetBefore().toEpochMilli();
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO egov_stats_batch (batch_id, batch_time) VALUES (?, ?)")) {
        p.setString(1, batch.batchId());
        p.setLong(2, batchTime);
        p.executeUpdate();
      }
      addPaths(c, batch.pathViews());
      Map<LocalDate, Long> visitsByDay = new HashMap<>(batch.visitsWithinBatch());
      Map<LocalDate, Long> newVisitorsByDay = new HashMap<>();
      applyVisitors(c, batch, visitsByDay, newVisitorsByDay);
      addDaily(c, "visitors", newVisitorsByDay);
      addDaily(c, "visits", visitsByDay);
      addCounter(c, VISITS, visitsByDay.values().stream().mapToLong(Long::longValue).sum());
      forget(c, batch, batchTime);
      return null;
    });
  }

  private void addDaily(Connection c, String column, Map<LocalDate, Long> byDay) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        dialect.addTo("egov_stats_daily", "visit_day", "DATE", column))) {
      for (LocalDate day : byDay.keySet().stream().sorted().toList()) {
        dialect.setDay(p, 1, day);
        p.setLong(2, byDay.get(day));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static void addCounter(Connection c, String name, long amount) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "UPDATE egov_stats_counter SET amount = amount + ? WHERE counter_name = ?")) {
      p.setLong(1, amount);
      p.setString(2, name);
      p.executeUpdate();
    }
  }

  private void addPaths(Connection c, Map<String, Long> paths) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        dialect.addTo("egov_stats_page", "path", "VARCHAR(512)", "views"))) {
      for (String path : paths.keySet().stream().sorted().toList()) {
        p.setString(1, path);
        p.setLong(2, paths.get(path));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /**
   * Updates presence, counts the visits the batch begins into {@code visitsByDay}, and the visitors
   * new to a day into {@code newVisitorsByDay}.
   */
  private void applyVisitors(Connection c, PageViewBatch batch, Map<LocalDate, Long> visitsByDay,
      Map<LocalDate, Long> newVisitorsByDay) throws SQLException {
    List<LocalDate> dailyRows = new ArrayList<>();
    List<VisitorActivity> all = batch.visitors();
    try (PreparedStatement insert = c.prepareStatement(
            "INSERT INTO egov_stats_visitor (visitor_id, last_seen, is_member) VALUES (?, ?, ?)");
        PreparedStatement update = c.prepareStatement(
            "UPDATE egov_stats_visitor SET last_seen = ?, is_member = ? WHERE visitor_id = ?");
        PreparedStatement daily = c.prepareStatement(dialect.insertIgnore("egov_stats_daily_visitor",
            new String[] {"visit_day", "visitor_id"}, new String[] {"DATE", "VARCHAR(128)"}, 2))) {
      for (int from = 0; from < all.size(); from += IN_CHUNK) {
        List<VisitorActivity> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
        Map<String, Long> stored = lastSeen(c, chunk);
        for (VisitorActivity a : chunk) {
          Long old = stored.get(a.visitorId());
          if (batch.startsVisit(a, old == null ? null : Instant.ofEpochMilli(old))) {
            visitsByDay.merge(a.firstDay(), 1L, Long::sum);
          }
          long last = a.lastSeen().toEpochMilli();
          if (old == null) {
            insert.setString(1, a.visitorId());
            insert.setLong(2, last);
            insert.setBoolean(3, a.member());
            insert.addBatch();
          } else if (last >= old) {
            update.setLong(1, last);
            update.setBoolean(2, a.member());
            update.setString(3, a.visitorId());
            update.addBatch();
          }
          for (LocalDate day : a.firstDay().equals(a.lastDay())
              ? List.of(a.firstDay()) : List.of(a.firstDay(), a.lastDay())) {
            dialect.setDay(daily, 1, day);
            daily.setString(2, a.visitorId());
            daily.addBatch();
            dailyRows.add(day);
          }
        }
      }
      insert.executeBatch();
      update.executeBatch();
      int[] inserted = daily.executeBatch();
      for (int i = 0; i < inserted.length; i++) {
        if (inserted[i] == Statement.SUCCESS_NO_INFO) {
          throw new SQLException("the driver did not report which daily visitors were new", "XX000");
        }
        if (inserted[i] > 0) {
          newVisitorsByDay.merge(dailyRows.get(i), 1L, Long::sum);
        }
      }
    }
  }

  private static Map<String, Long> lastSeen(Connection c, List<VisitorActivity> chunk) throws SQLException {
    String marks = "?, ".repeat(chunk.size() - 1) + "?";
    Map<String, Long> out = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT visitor_id, last_seen FROM egov_stats_visitor WHERE visitor_id IN (" + marks + ")")) {
      for (int i = 0; i < chunk.size(); i++) {
        p.setString(i + 1, chunk.get(i).visitorId());
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return out;
  }

  private void forget(Connection c, PageViewBatch batch, long batchTime) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("DELETE FROM egov_stats_visitor WHERE last_seen < ?")) {
      p.setLong(1, batch.forgetBefore().toEpochMilli());
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement("DELETE FROM egov_stats_daily_visitor WHERE visit_day < ?")) {
      dialect.setDay(p, 1, batch.forgetDaysBefore());
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement("DELETE FROM egov_stats_batch WHERE batch_time < ?")) {
      p.setLong(1, batchTime - 86_400_000L);
      p.executeUpdate();
    }
  }

  @Override
  public VisitorTotals visitorTotals(Instant onlineSince, LocalDate today) {
    return inTransaction(c -> {
      long guests = 0;
      long members = 0;
      try (PreparedStatement p = c.prepareStatement("SELECT is_member, COUNT(*)"
          + " FROM egov_stats_visitor WHERE last_seen >= ? GROUP BY is_member")) {
        p.setLong(1, onlineSince.toEpochMilli());
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            if (rs.getBoolean(1)) {
              members = rs.getLong(2);
            } else {
              guests = rs.getLong(2);
            }
          }
        }
      }
      Map<String, Long> counters = new HashMap<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT counter_name, amount FROM egov_stats_counter")) {
        while (rs.next()) {
          counters.put(rs.getString(1), rs.getLong(2));
        }
      }
      long todayVisits = 0;
      long todayUnique = 0;
      try (PreparedStatement p = c.prepareStatement(
          "SELECT visits, visitors FROM egov_stats_daily WHERE visit_day = ?")) {
        dialect.setDay(p, 1, today);
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next()) {
            todayVisits = rs.getLong(1);
            todayUnique = rs.getLong(2);
          }
        }
      }
      return new VisitorTotals(guests, members, counters.getOrDefault(VISITS, 0L),
          counters.getOrDefault(PAGE_VIEWS, 0L), todayVisits, todayUnique);
    });
  }

  @Override
  public long pageViews(String path) {
    return inTransaction(c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT views FROM egov_stats_page WHERE path = ?")) {
        p.setString(1, path);
        try (ResultSet rs = p.executeQuery()) {
          return rs.next() ? rs.getLong(1) : 0L;
        }
      }
    });
  }

  @Override
  public void createPoll(Poll poll, Instant createdAt) {
    boolean created = inTransaction(c -> {
      boolean inserted = insertUnlessTaken(c, "INSERT INTO egov_stats_poll"
          + " (id, question, max_choices, opens_at, closes_at, is_sample, created_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)", p -> {
            p.setString(1, poll.id());
            p.setString(2, poll.question());
            p.setInt(3, poll.maxChoices());
            setInstant(p, 4, poll.opensAt());
            setInstant(p, 5, poll.closesAt());
            p.setBoolean(6, poll.sample());
            p.setLong(7, createdAt.toEpochMilli());
          });
      if (!inserted) {
        return false;
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO egov_stats_poll_option (poll_id, pos, option_id, label) VALUES (?, ?, ?, ?)")) {
        int pos = 0;
        for (PollOption o : poll.options()) {
          p.setString(1, poll.id());
          p.setInt(2, pos++);
          p.setString(3, o.id());
          p.setString(4, o.text());
          p.addBatch();
        }
        p.executeBatch();
      }
      return true;
    });
    if (!created) {
      throw new PollException(PollException.Reason.POLL_EXISTS, "a poll with this id exists");
    }
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement p) throws SQLException;
  }

  /**
   * Inserts one row; false (and the transaction rolled back) when its primary key is taken: the
   * database's unique constraint decides, also between concurrent transactions and nodes.
   */
  private static boolean insertUnlessTaken(Connection c, String sql, Binder binder) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      binder.bind(p);
      p.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        c.rollback();
        return false;
      }
      throw e;
    }
  }

  private static void setInstant(PreparedStatement p, int index, Instant at) throws SQLException {
    if (at == null) {
      p.setNull(index, Types.BIGINT);
    } else {
      p.setLong(index, at.toEpochMilli());
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }

  @Override
  public Optional<Poll> poll(String id) {
    return inTransaction(c -> readPolls(c, id)).stream().findFirst();
  }

  @Override
  public List<Poll> polls() {
    return inTransaction(c -> readPolls(c, null));
  }

  private static List<Poll> readPolls(Connection c, String onlyId) throws SQLException {
    String where = onlyId == null ? "" : " WHERE p.id = ?";
    Map<String, Poll.Builder> builders = new LinkedHashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT p.id, p.question, p.max_choices, p.opens_at,"
        + " p.closes_at, p.is_sample, o.option_id, o.label FROM egov_stats_poll p"
        + " JOIN egov_stats_poll_option o ON o.poll_id = p.id" + where
        + " ORDER BY p.created_at, p.id, o.pos")) {
      if (onlyId != null) {
        p.setString(1, onlyId);
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Poll.Builder b = builders.get(rs.getString(1));
          if (b == null) {
            b = Poll.builder(rs.getString(1)).question(rs.getString(2)).maxChoices(rs.getInt(3))
                .opensAt(instant(rs, 4)).closesAt(instant(rs, 5)).sample(rs.getBoolean(6));
            builders.put(rs.getString(1), b);
          }
          b.option(rs.getString(7), rs.getString(8));
        }
      }
    }
    List<Poll> out = new ArrayList<>();
    for (Poll.Builder b : builders.values()) {
      out.add(b.build());
    }
    return out;
  }

  @Override
  public boolean closePoll(String id, Instant at) {
    return inTransaction(c -> {
      Optional<Poll> poll = readPolls(c, id).stream().findFirst();
      if (poll.isEmpty()) {
        return false;
      }
      Poll closed = poll.get().closedAt(at);
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE egov_stats_poll SET opens_at = ?, closes_at = ? WHERE id = ?")) {
        setInstant(p, 1, closed.opensAt());
        setInstant(p, 2, closed.closesAt());
        p.setString(3, id);
        p.executeUpdate();
      }
      return true;
    });
  }

  @Override
  public boolean castBallot(String pollId, String voterId, List<String> optionIds, Instant at) {
    return inTransaction(c -> {
      boolean inserted = insertUnlessTaken(c,
          "INSERT INTO egov_stats_ballot (poll_id, voter_id, cast_at) VALUES (?, ?, ?)", p -> {
            p.setString(1, pollId);
            p.setString(2, voterId);
            p.setLong(3, at.toEpochMilli());
          });
      if (!inserted) {
        return false;
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO egov_stats_choice (poll_id, voter_id, option_id) VALUES (?, ?, ?)")) {
        for (String option : optionIds) {
          p.setString(1, pollId);
          p.setString(2, voterId);
          p.setString(3, option);
          p.addBatch();
        }
        p.executeBatch();
      }
      return true;
    });
  }

  @Override
  public PollTally tally(String pollId) {
    return inTransaction(c -> {
      long voters;
      try (PreparedStatement p = c.prepareStatement(
          "SELECT COUNT(*) FROM egov_stats_ballot WHERE poll_id = ?")) {
        p.setString(1, pollId);
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          voters = rs.getLong(1);
        }
      }
      Map<String, Long> votes = new HashMap<>();
      try (PreparedStatement p = c.prepareStatement("SELECT option_id, COUNT(*) FROM egov_stats_choice"
          + " WHERE poll_id = ? GROUP BY option_id")) {
        p.setString(1, pollId);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            votes.put(rs.getString(1), rs.getLong(2));
          }
        }
      }
      return new PollTally(voters, votes);
    });
  }

  @Override
  public void ping() {
    inTransaction(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
        rs.next();
      }
      return null;
    });
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public void close() {
    pool.close();
  }
}
