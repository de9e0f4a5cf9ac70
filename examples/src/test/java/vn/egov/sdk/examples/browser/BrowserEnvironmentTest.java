package vn.egov.sdk.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Finding the tools, and the skip-or-fail-under-CI rule, without starting a browser. */
class BrowserEnvironmentTest {

  @Test
  void configuredPathsWinAndAMissingToolSkipsWithItsInstallCommand(@TempDir Path dir) throws IOException {
    Path chromium = executable(dir.resolve("my-chromium"));
    BrowserEnvironment env = new BrowserEnvironment(Map.of("EGOV_CHROMIUM", chromium.toString(),
        "EGOV_CHROMEDRIVER", dir.resolve("absent").toString(), "PATH", ""), dir);
    assertThat(env.chromium()).contains(chromium);
    assertThat(env.chromedriver()).isEmpty();
    assertThatThrownBy(env::requireBrowser).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("ChromeDriver").hasMessageContaining("apt-get install -y chromium-driver")
        .hasMessageContaining("CI=true");
  }

  @Test
  void underCiAMissingToolFailsTheTest(@TempDir Path dir) {
    BrowserEnvironment env = new BrowserEnvironment(Map.of("CI", "true", "EGOV_CHROMIUM", dir.resolve("no").toString(),
        "EGOV_CHROMEDRIVER", dir.resolve("no").toString(), "PATH", ""), dir);
    assertThatThrownBy(env::requireBrowser).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Chromium").hasMessageContaining("ChromeDriver");
  }

  @Test
  void toolsAreFoundOnThePath(@TempDir Path dir) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path driver = executable(bin.resolve("chromedriver"));
    BrowserEnvironment env = new BrowserEnvironment(Map.of("PATH", "/nonexistent:" + bin,
        "EGOV_CHROMEDRIVER", ""), dir);
    if (!Files.isExecutable(Path.of("/usr/bin/chromedriver"))) {
      assertThat(env.chromedriver()).contains(driver);
    } else {
      assertThat(env.chromedriver()).contains(Path.of("/usr/bin/chromedriver")); // Debian's place comes first
    }
  }

  @Test
  void withoutAxeAndWithoutNpmTheTestSaysHowToInstall(@TempDir Path dir) {
    BrowserEnvironment env = new BrowserEnvironment(Map.of("PATH", ""), dir);
    assertThatThrownBy(env::requireAxe).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("npm ci").hasMessageContaining(dir.toString());
    BrowserEnvironment ci = new BrowserEnvironment(Map.of("PATH", "", "CI", "true"), dir);
    assertThatThrownBy(ci::requireAxe).isInstanceOf(AssertionError.class).hasMessageContaining("axe-core");
  }

  @Test
  void anInstalledAxeIsUsedAsItIs(@TempDir Path dir) throws IOException {
    Path script = dir.resolve(BrowserEnvironment.AXE_SCRIPT);
    Files.createDirectories(script.getParent());
    Files.writeString(script, "/* axe */");
    assertThat(new BrowserEnvironment(Map.of("PATH", ""), dir).requireAxe()).isEqualTo(script);
  }

  private static Path executable(Path p) throws IOException {
    Files.writeString(p, "#!/bin/sh\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }
}
