package vn.egov.sdk.jdbc;

import java.util.Objects;

/**
 * The databases the SDK's stores run on, told apart by the JDBC URL's prefix. Each names the driver
 * artifact an application adds for it: the SDK's jars leave the choice of driver to the application.
 */
public enum Database {
  /**
   * Embedded SQLite ({@code jdbc:sqlite:/path/file.db}): the SDK's embedded default, one process per
   * file. Opened in WAL mode with {@code synchronous=FULL}, so an acknowledged commit is on disk.
   */
  SQLITE("jdbc:sqlite:", "org.sqlite.JDBC", "org.xerial:sqlite-jdbc"),
  /**
   * Embedded H2 ({@code jdbc:h2:file:…}, {@code jdbc:h2:mem:…}) or an H2 server: one node. Still
   * accepted, but an embedded H2 file is <em>not crash-safe</em>: H2 may lose recent commits when the
   * process is killed (see docs/durability.md); prefer {@link #SQLITE}.
   */
  H2("jdbc:h2:", "org.h2.Driver", "com.h2database:h2"),
  /** PostgreSQL ({@code jdbc:postgresql://host:port/db?user=…}): several nodes share it. */
  POSTGRESQL("jdbc:postgresql:", "org.postgresql.Driver", "org.postgresql:postgresql");

  private final String urlPrefix;
  private final String driverClass;
  private final String driverArtifact;

  Database(String urlPrefix, String driverClass, String driverArtifact) {
    this.urlPrefix = urlPrefix;
    this.driverClass = driverClass;
    this.driverArtifact = driverArtifact;
  }

  /**
   * The database of a JDBC URL.
   *
   * @throws IllegalArgumentException if the URL is not SQLite, H2 or PostgreSQL (the message does not
   *     repeat the URL: it may hold a password)
   */
  public static Database of(String jdbcUrl) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    for (Database d : values()) {
      if (jdbcUrl.startsWith(d.urlPrefix)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "a JDBC URL for the SDK starts with jdbc:sqlite:, jdbc:h2: or jdbc:postgresql:");
  }

  /** Whether {@code jdbcUrl} is a URL of a database the SDK runs on. */
  public static boolean accepts(String jdbcUrl) {
    if (jdbcUrl == null) {
      return false;
    }
    for (Database d : values()) {
      if (jdbcUrl.startsWith(d.urlPrefix)) {
        return true;
      }
    }
    return false;
  }

  /** The URL prefix, e.g. {@code jdbc:postgresql:}. */
  public String urlPrefix() {
    return urlPrefix;
  }

  /** The JDBC driver's class name, e.g. {@code org.postgresql.Driver}. */
  public String driverClass() {
    return driverClass;
  }

  /** The Maven coordinates ({@code groupId:artifactId}) of the driver, e.g. {@code org.postgresql:postgresql}. */
  public String driverArtifact() {
    return driverArtifact;
  }
}
