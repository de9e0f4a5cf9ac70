package vn.egov.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.forms.DossierClient;
import vn.egov.sdk.forms.Receipt;
import vn.egov.sdk.forms.Submission;

/** With a PostgreSQL {@code --stats-store}, dossiers are kept in that database. */
class FormsPostgresTest {
  @TempDir Path dataDir;

  @Test
  void dossiersGoToThePostgresStatsStore() throws Exception {
    String url = System.getenv().getOrDefault("EGOV_TEST_POSTGRES_URL",
        "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    String schema = "forms_srv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    try (Connection c = DriverManager.getConnection(url)) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      if ("true".equals(System.getenv("CI"))) {
        throw e;
      }
      Assumptions.abort("PostgreSQL not reachable at " + url + " — skipped (set CI=true to fail instead)");
    }
    String store = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try (PortalApp app = PortalApp.start(TestServers.offline(dataDir)
        .withStatsStore(store))) {
      Receipt r = DossierClient.builder().baseUrl(app.baseUrl()).build().file(new Submission(
          "judicial-record-request", FormsRoutesTest.sample("judicial-record-request"), List.of()), "pg-1");
      try (Connection c = DriverManager.getConnection(store);
          ResultSet rs = c.createStatement().executeQuery("SELECT code FROM dossier")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo(r.dossierCode());
      }
      assertThat(dataDir.resolve("dossiers.mv.db")).doesNotExist();
    } finally {
      try (Connection c = DriverManager.getConnection(url)) {
        c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
