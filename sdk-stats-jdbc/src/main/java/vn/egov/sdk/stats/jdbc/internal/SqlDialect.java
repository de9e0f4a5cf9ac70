package vn.egov.sdk.stats.jdbc.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The few statements where the databases differ: upserts, the schema-creation lock, and how a day is
 * bound (a SQL DATE on H2 and PostgreSQL; ISO text {@code yyyy-MM-dd} on SQLite, which has no date type
 * and whose driver would store a {@link Date} as milliseconds of the JVM's time zone; ISO text sorts
 * and compares as the days do).
 */
enum SqlDialect {
  /** SQLite 3.24+ reads PostgreSQL's upserts ({@code INSERT … AS t … ON CONFLICT …}) as they are. */
  SQLITE {
    @Override
    String addTo(String table, String key, String keyType, String value) {
      return POSTGRESQL.addTo(table, key, keyType, value);
    }

    @Override
    String insertIgnore(String table, String[] columns, String[] types, int keys) {
      return POSTGRESQL.insertIgnore(table, columns, types, keys);
    }

    @Override
    void lockSchema(Connection c) {
      // one process owns an embedded SQLite file, and its IMMEDIATE transactions serialise anyway
    }

    @Override
    void setDay(PreparedStatement p, int index, LocalDate day) throws SQLException {
      p.setString(index, day.toString());
    }
  },

  H2 {
    @Override
    String addTo(String table, String key, String keyType, String value) {
      return "MERGE INTO " + table + " t USING (VALUES (CAST(? AS " + keyType + "), CAST(? AS BIGINT)))"
          + " s(k, v) ON t." + key + " = s.k"
          + " WHEN MATCHED THEN UPDATE SET " + value + " = t." + value + " + s.v"
          + " WHEN NOT MATCHED THEN INSERT (" + key + ", " + value + ") VALUES (s.k, s.v)";
    }

    @Override
    String insertIgnore(String table, String[] columns, String[] types, int keys) {
      StringBuilder values = new StringBuilder();
      StringBuilder on = new StringBuilder();
      StringBuilder names = new StringBuilder();
      StringBuilder sources = new StringBuilder();
      for (int i = 0; i < columns.length; i++) {
        String sep = i == 0 ? "" : ", ";
        values.append(sep).append("CAST(? AS ").append(types[i]).append(')');
        names.append(sep).append(columns[i]);
        sources.append(sep).append("s.").append(columns[i]);
        if (i < keys) {
          on.append(i == 0 ? "" : " AND ").append("t.").append(columns[i]).append(" = s.").append(columns[i]);
        }
      }
      return "MERGE INTO " + table + " t USING (VALUES (" + values + ")) s(" + names + ") ON " + on
          + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES (" + sources + ")";
    }

    @Override
    void lockSchema(Connection c) {
      // one process owns an embedded H2 file
    }
  },

  POSTGRESQL {
    @Override
    String addTo(String table, String key, String keyType, String value) {
      return "INSERT INTO " + table + " AS t (" + key + ", " + value + ") VALUES (?, ?)"
          + " ON CONFLICT (" + key + ") DO UPDATE SET " + value + " = t." + value + " + EXCLUDED." + value;
    }

    @Override
    String insertIgnore(String table, String[] columns, String[] types, int keys) {
      return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
          + "?, ".repeat(columns.length - 1) + "?) ON CONFLICT DO NOTHING";
    }

    @Override
    void lockSchema(Connection c) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(4242017)");
      }
    }
  };

  /** Parameters (key, amount): adds amount to the row's value, creating the row if missing. */
  abstract String addTo(String table, String key, String keyType, String value);

  /**
   * Parameters: the columns' values; inserts the row unless one with the same key (the first
   * {@code keys} columns, the table's primary key) exists.
   */
  abstract String insertIgnore(String table, String[] columns, String[] types, int keys);

  /** Serialises schema creation between nodes, inside the current transaction. */
  abstract void lockSchema(Connection c) throws SQLException;

  /** Binds a day (a {@code DATE} column) as this database stores it. */
  void setDay(PreparedStatement p, int index, LocalDate day) throws SQLException {
    p.setDate(index, Date.valueOf(day));
  }
}
