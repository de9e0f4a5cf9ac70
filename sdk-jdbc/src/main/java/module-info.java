/**
 * How every SDK store opens a database (SQLite, H2 or PostgreSQL through HikariCP). The drivers are the
 * application's: {@code org.xerial:sqlite-jdbc} (the embedded default), {@code com.h2database:h2},
 * {@code org.postgresql:postgresql}. The pool itself is for the SDK's own store modules only.
 */
module vn.egov.sdk.jdbc {
  requires transitive java.sql;
  requires com.zaxxer.hikari;
  requires org.slf4j;
  // only to read SQLite's result codes, when the application has the driver
  requires static org.xerial.sqlitejdbc;

  exports vn.egov.sdk.jdbc;
  exports vn.egov.sdk.jdbc.internal to vn.egov.sdk.forms, vn.egov.sdk.stats.jdbc;
}
