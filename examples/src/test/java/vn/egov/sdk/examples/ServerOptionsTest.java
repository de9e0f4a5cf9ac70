package vn.egov.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerOptionsTest {

  @Test
  void defaultsFollowTheContract() {
    ServerOptions o = ServerOptions.parse(Map.of());
    assertThat(o.port()).isEqualTo(8080);
    assertThat(o.dataDir()).isEqualTo(Path.of("data"));
    assertThat(o.fxRefresh()).isEqualTo(Duration.ofSeconds(300));
    assertThat(o.weatherRefresh()).isEqualTo(Duration.ofSeconds(600));
    assertThat(o.statsStore()).isEmpty();
    assertThat(o.adminToken()).isEmpty();
    assertThat(o.simulateUpstreams()).isFalse();
    assertThat(o.security().allowedOrigins()).isEmpty();
    assertThat(o.security().rateLimits().any()).isFalse();
    assertThat(o.security().trustedProxies().trusted()).isEmpty();
  }

  @Test
  void theSafetyOptionsAreParsed() {
    ServerOptions o = ServerOptions.parse(Map.of(), "--allowed-origins", "https://Portal.example.gov.vn/",
        "--rate-limit", "votes=5/min,filings=20/h", "--trusted-proxies", "127.0.0.1,::1");
    assertThat(o.security().allowedOrigins()).containsExactly("https://portal.example.gov.vn");
    assertThat(o.security().rateLimits()).hasToString("votes=5/min,filings=20/h");
    assertThat(o.security().trustedProxies().trusted()).containsExactly("127.0.0.1", "::1");
    assertThatThrownBy(() -> ServerOptions.parse(Map.of(), "--allowed-origins", "portal.example.gov.vn"))
        .hasMessageContaining("--allowed-origins");
    assertThatThrownBy(() -> ServerOptions.parse(Map.of(), "--rate-limit", "votes=many"))
        .hasMessageContaining("--rate-limit");
    assertThatThrownBy(() -> ServerOptions.parse(Map.of(), "--trusted-proxies", "proxy"))
        .hasMessageContaining("--trusted-proxies");
  }

  @Test
  void theAdminTokenComesFromTheOptionAFileOrTheEnvironment(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("token");
    Files.writeString(file, "  file-token-0123456789 \n");
    assertThat(ServerOptions.parse(Map.of(), "--admin-token-file", file.toString()).adminToken())
        .contains("file-token-0123456789");
    Map<String, String> env = Map.of("EGOV_ADMIN_TOKEN", "env-token");
    assertThat(ServerOptions.parse(env).adminToken()).contains("env-token");
    assertThat(ServerOptions.parse(env, "--admin-token", "cli").adminToken()).as("the command line wins").contains("cli");
    assertThat(ServerOptions.parse(env, "--admin-token-file", file.toString()).adminToken())
        .contains("file-token-0123456789");
    assertThat(ServerOptions.parse(Map.of("EGOV_ADMIN_TOKEN", "  ")).adminToken()).isEmpty();
    assertThatThrownBy(() -> ServerOptions.parse(Map.of(), "--admin-token", "a", "--admin-token-file", file.toString()))
        .hasMessageContaining("not both");
  }

  @Test
  void aBadTokenFileIsNamedAndItsContentNeverShown(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> ServerOptions.parse(Map.of(), "--admin-token-file", dir.resolve("absent").toString()))
        .hasMessageContaining("--admin-token-file").hasMessageContaining("absent").hasMessageContaining("cannot read");
    Path empty = Files.writeString(dir.resolve("empty"), "\n\n");
    assertThatThrownBy(() -> ServerOptions.parse(Map.of(), "--admin-token-file", empty.toString()))
        .hasMessageContaining("empty");
    Path twoLines = Files.writeString(dir.resolve("two"), "secret-one\nsecret-two\n");
    assertThatThrownBy(() -> ServerOptions.parse(Map.of(), "--admin-token-file", twoLines.toString()))
        .hasMessageContaining("one line").hasMessageNotContaining("secret");
    Path big = Files.write(dir.resolve("big"), new byte[5000]);
    assertThatThrownBy(() -> ServerOptions.parse(Map.of(), "--admin-token-file", big.toString()))
        .hasMessageContaining("larger than 4096");
    assertThatThrownBy(() -> ServerOptions.parse(Map.of(), "--admin-token-file", dir.toString()))
        .hasMessageContaining("cannot read");
  }

  @Test
  void theTokenNeverAppearsInToStringNorAStorePassword() {
    ServerOptions o = ServerOptions.parse(Map.of(), "--admin-token", "very-secret-token",
        "--stats-store", "jdbc:postgresql://db/portal?user=p&password=hunter2");
    assertThat(o.toString()).doesNotContain("very-secret-token").doesNotContain("hunter2")
        .contains("adminToken=(set)", "password=***");
    assertThat(ServerOptions.parse(Map.of(), "--stats-store", "redis://u:pw@127.0.0.1:6379").toString())
        .doesNotContain(":pw@");
  }

  @Test
  void helpListsEveryOption() {
    for (String option : new String[] {"--port", "--data-dir", "--stats-store", "--fx-url", "--weather-url",
        "--fx-refresh", "--weather-refresh", "--simulate-upstreams", "--admin-token", "--admin-token-file",
        "EGOV_ADMIN_TOKEN", "--allowed-origins", "--rate-limit", "--trusted-proxies"}) {
      assertThat(ServerOptions.usage()).contains(option);
    }
  }

  @Test
  void everyOptionIsParsed() {
    ServerOptions o = ServerOptions.parse("--port", "0", "--data-dir", "/tmp/x",
        "--stats-store", "redis://127.0.0.1:6379/2", "--fx-url", "http://127.0.0.1:9/fx",
        "--weather-url=http://127.0.0.1:9/w", "--fx-refresh", "5", "--weather-refresh", "7",
        "--simulate-upstreams", "--admin-token", "s3cret");
    assertThat(o.port()).isZero();
    assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/x"));
    assertThat(o.statsStore()).contains("redis://127.0.0.1:6379/2");
    assertThat(o.fxUrl()).contains(URI.create("http://127.0.0.1:9/fx"));
    assertThat(o.weatherUrl()).contains(URI.create("http://127.0.0.1:9/w"));
    assertThat(o.fxRefresh()).isEqualTo(Duration.ofSeconds(5));
    assertThat(o.weatherRefresh()).isEqualTo(Duration.ofSeconds(7));
    assertThat(o.simulateUpstreams()).isTrue();
    assertThat(o.adminToken()).contains("s3cret");
  }

  @Test
  void badOptionsAreNamedInTheError() {
    assertThatThrownBy(() -> ServerOptions.parse("--port", "x")).hasMessageContaining("--port");
    assertThatThrownBy(() -> ServerOptions.parse("--port", "70000")).hasMessageContaining("--port");
    assertThatThrownBy(() -> ServerOptions.parse("--fx-refresh", "0")).hasMessageContaining("--fx-refresh");
    assertThatThrownBy(() -> ServerOptions.parse("--fx-url", "ftp://x")).hasMessageContaining("--fx-url");
    assertThatThrownBy(() -> ServerOptions.parse("--stats-store", "mysql://x")).hasMessageContaining("--stats-store");
    assertThat(ServerOptions.parse("--stats-store", "jdbc:sqlite:/srv/portal/stats.db").statsStore())
        .contains("jdbc:sqlite:/srv/portal/stats.db");
    assertThat(ServerOptions.parse("--stats-store", "jdbc:h2:file:/srv/portal/stats").statsStore()).isPresent();
    assertThatThrownBy(() -> ServerOptions.parse("--bogus")).hasMessageContaining("--bogus");
    assertThatThrownBy(() -> ServerOptions.parse("--port")).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> ServerOptions.parse("--port", "1", "--port", "2")).hasMessageContaining("twice");
  }

  @Test
  void anOptionIsNeverTakenAsTheValueOfTheOneBefore() {
    // was: the token became "--data-dir" and the error named "/tmp/x"
    assertThatThrownBy(() -> ServerOptions.parse("--admin-token", "--data-dir", "/tmp/x"))
        .hasMessage("--admin-token needs a value");
    assertThatThrownBy(() -> ServerOptions.parse("--port", "--simulate-upstreams"))
        .hasMessage("--port needs a value");
    assertThatThrownBy(() -> ServerOptions.parse("stray", "--port", "0")).hasMessage("unknown option stray");
    assertThat(ServerOptions.parse("--admin-token=--odd").adminToken()).contains("--odd");
    assertThatThrownBy(() -> ServerOptions.parse("--fx-refresh", "-5")).hasMessageContaining("at least 1 second");
  }
}
