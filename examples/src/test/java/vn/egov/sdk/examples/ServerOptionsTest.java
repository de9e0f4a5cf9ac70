package vn.egov.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

  @Test
  void defaultsFollowTheContract() {
    ServerOptions o = ServerOptions.parse();
    assertThat(o.port()).isEqualTo(8080);
    assertThat(o.dataDir()).isEqualTo(Path.of("data"));
    assertThat(o.fxRefresh()).isEqualTo(Duration.ofSeconds(300));
    assertThat(o.weatherRefresh()).isEqualTo(Duration.ofSeconds(600));
    assertThat(o.statsStore()).isEmpty();
    assertThat(o.adminToken()).isEmpty();
    assertThat(o.simulateUpstreams()).isFalse();
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
