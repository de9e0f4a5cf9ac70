package vn.egov.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.forms.client.DossierClient;
import vn.egov.sdk.forms.desk.Receipt;
import vn.egov.sdk.forms.Submission;
import vn.egov.sdk.testing.TestServices;

/** With a PostgreSQL {@code --stats-store}, dossiers are kept in that database. */
class FormsPostgresTest {
  @TempDir Path dataDir;

  @Test
  void dossiersGoToThePostgresStatsStore() throws Exception {
    String store = TestServices.newPostgresSchema();
    try (PortalApp app = PortalApp.start(TestServers.offline(dataDir)
        .withStatsStore(store))) {
      Receipt r = DossierClient.builder().baseUrl(app.baseUrl()).build().file(new Submission(
          "judicial-record-request", FormsRoutesTest.sample("judicial-record-request"), List.of()), "pg-1");
      try (Connection c = DriverManager.getConnection(store);
          ResultSet rs = c.createStatement().executeQuery("SELECT code FROM dossier")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo(r.dossierCode());
      }
      assertThat(dataDir.resolve("dossiers.db")).doesNotExist();
      assertThat(dataDir.resolve("dossiers.mv.db")).doesNotExist();
    } finally {
      TestServices.dropPostgresSchema(store);
    }
  }
}
