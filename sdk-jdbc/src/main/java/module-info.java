/**
 * How every SDK store opens a database (H2 or PostgreSQL through HikariCP). The drivers are the
 * application's: {@code com.h2database:h2}, {@code org.postgresql:postgresql}. The pool itself is for the
 * SDK's own store modules only.
 */
module vn.egov.sdk.jdbc {
  requires transitive java.sql;
  requires com.zaxxer.hikari;

  exports vn.egov.sdk.jdbc;
  exports vn.egov.sdk.jdbc.internal to vn.egov.sdk.forms, vn.egov.sdk.stats.jdbc;
}
