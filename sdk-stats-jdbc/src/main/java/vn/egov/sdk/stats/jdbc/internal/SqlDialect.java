package vn.egov.sdk.stats.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The few statements where H2 and PostgreSQL differ: upserts and the schema-creation lock. */
enum SqlDialect {
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
}
