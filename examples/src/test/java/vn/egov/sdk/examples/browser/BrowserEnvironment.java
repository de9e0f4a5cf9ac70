package vn.egov.sdk.examples.browser;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the browser tests find their tools, and what happens when one is missing.
 *
 * <ul>
 *   <li>Chromium: {@code EGOV_CHROMIUM}, else {@code /usr/bin/chromium}, else {@code chromium} or
 *       {@code chromium-browser} on the {@code PATH} (Debian: {@code apt-get install chromium}).
 *   <li>ChromeDriver: {@code EGOV_CHROMEDRIVER}, else {@code /usr/bin/chromedriver}, else
 *       {@code chromedriver} on the {@code PATH} ({@code apt-get install chromium-driver}). Selenium
 *       is always given this path, so Selenium Manager never looks for (or downloads) a driver.
 *   <li>axe-core: {@code node_modules/axe-core/axe.min.js} in the examples module, from the
 *       committed {@code package-lock.json}. When it is missing and {@code npm} is on the
 *       {@code PATH}, the first test that needs it runs {@code npm ci} there once.
 * </ul>
 *
 * A missing tool skips the test with a message naming it and how to install it; under
 * {@code CI=true} the test fails instead.
 */
public final class BrowserEnvironment {
  static final String AXE_SCRIPT = "node_modules/axe-core/axe.min.js";

  private final Map<String, String> env;
  private final Path moduleDir;

  BrowserEnvironment(Map<String, String> env, Path moduleDir) {
    this.env = Map.copyOf(env);
    this.moduleDir = moduleDir.toAbsolutePath().normalize();
  }

  /** The running JVM's environment; the module directory is Surefire's {@code basedir}. */
  public static BrowserEnvironment fromSystem() {
    String basedir = System.getProperty("basedir");
    Path dir = basedir != null ? Path.of(basedir) : Path.of("").toAbsolutePath();
    if (!Files.exists(dir.resolve("package.json")) && Files.exists(dir.resolve("examples/package.json"))) {
      dir = dir.resolve("examples"); // run from the repository root (an IDE)
    }
    return new BrowserEnvironment(System.getenv(), dir);
  }

  /** {@code true} under {@code CI=true}: a missing tool fails the test rather than skipping it. */
  public boolean ci() {
    return "true".equalsIgnoreCase(env.get("CI"));
  }

  /** The examples module (where {@code package.json} and {@code target/} are). */
  public Path moduleDir() {
    return moduleDir;
  }

  /** Build output of the browser tests: logs, failure screenshots, default screenshot folder. */
  public Path targetDir() {
    return moduleDir.resolve("target");
  }

  public Optional<Path> chromium() {
    return find("EGOV_CHROMIUM", List.of(Path.of("/usr/bin/chromium")), List.of("chromium", "chromium-browser"));
  }

  public Optional<Path> chromedriver() {
    return find("EGOV_CHROMEDRIVER", List.of(Path.of("/usr/bin/chromedriver")), List.of("chromedriver"));
  }

  /** Skips the test (or fails it under CI) unless both Chromium and ChromeDriver are installed. */
  public Path[] requireBrowser() {
    Optional<Path> chromium = chromium();
    Optional<Path> driver = chromedriver();
    List<String> missing = new ArrayList<>();
    if (chromium.isEmpty()) {
      missing.add("Chromium (apt-get install -y chromium, or set EGOV_CHROMIUM)");
    }
    if (driver.isEmpty()) {
      missing.add("ChromeDriver (apt-get install -y chromium-driver, or set EGOV_CHROMEDRIVER)");
    }
    if (!missing.isEmpty()) {
      unavailable(String.join(" and ", missing) + " not found");
    }
    return new Path[] {chromium.get(), driver.get()};
  }

  /**
   * The axe-core script to inject into pages; installs it with {@code npm ci} when it is missing and
   * npm is at hand. Skips (or fails under CI) when it cannot be had.
   */
  public Path requireAxe() {
    Path script = moduleDir.resolve(AXE_SCRIPT);
    if (Files.isRegularFile(script)) {
      return script;
    }
    Optional<Path> npm = onPath("npm");
    if (npm.isEmpty()) {
      unavailable("axe-core not installed and npm not found: install Node.js and npm, then run `npm ci` in "
          + moduleDir);
    }
    Path log = targetDir().resolve("npm-ci.log");
    String failure = npmCi(npm.get(), log);
    if (!Files.isRegularFile(script)) {
      unavailable("axe-core could not be installed (`npm ci` in " + moduleDir + " " + failure
          + "; see " + log + ")");
    }
    return script;
  }

  /** Runs {@code npm ci} once, under a file lock so that concurrent test JVMs do not race. */
  private String npmCi(Path npm, Path log) {
    try {
      Files.createDirectories(log.getParent());
      try (FileChannel lockFile = FileChannel.open(targetDir().resolve("npm-ci.lock"),
              StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = lockFile.lock()) {
        if (Files.isRegularFile(moduleDir.resolve(AXE_SCRIPT))) {
          return "succeeded";
        }
        Process p = new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund")
            .directory(moduleDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
          p.destroyForcibly();
          return "did not finish within 10 minutes";
        }
        return p.exitValue() == 0 ? "succeeded" : "exited with " + p.exitValue();
      }
    } catch (IOException e) {
      return "could not run (" + e.getClass().getSimpleName() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "was interrupted";
    }
  }

  /** Skips the running test with {@code why}; under {@code CI=true} fails it instead. */
  public void unavailable(String why) {
    if (ci()) {
      throw new AssertionError("Browser test cannot run: " + why + " (CI=true)");
    }
    Assumptions.abort("Browser test skipped: " + why + " (set CI=true to fail instead)");
  }

  private Optional<Path> find(String variable, List<Path> wellKnown, List<String> names) {
    String configured = env.get(variable);
    if (configured != null && !configured.isBlank()) {
      Path p = Path.of(configured);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path p : wellKnown) {
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    for (String name : names) {
      Optional<Path> p = onPath(name);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  private Optional<Path> onPath(String name) {
    String path = env.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
