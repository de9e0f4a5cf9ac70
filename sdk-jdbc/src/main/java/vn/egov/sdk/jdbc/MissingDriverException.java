package vn.egov.sdk.jdbc;

import java.util.Objects;

/**
 * A store was opened on a database whose JDBC driver is not on the class path. The message names the
 * artifact to add ({@link Database#driverArtifact()}); it never repeats the URL.
 */
public final class MissingDriverException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient Database database;

  public MissingDriverException(Database database) {
    super("the JDBC driver for " + Objects.requireNonNull(database, "database").urlPrefix()
        + " URLs is not on the class path: add the dependency " + database.driverArtifact()
        + " (class " + database.driverClass() + ") to the application");
    this.database = database;
  }

  /** The database whose driver is missing. */
  public Database database() {
    return database;
  }
}
