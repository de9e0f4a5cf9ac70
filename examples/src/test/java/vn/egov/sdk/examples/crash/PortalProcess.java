package vn.egov.sdk.examples.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real portal server ({@code vn.egov.sdk.examples.PortalServer}) as a child JVM on the test's class
 * path: started with the given options, ready once it printed {@code Listening on …}; killed with
 * SIGKILL ({@link #kill()}: {@link Process#destroyForcibly()}) or stopped with SIGTERM
 * ({@link #stop()}: {@link Process#destroy()}). Its output goes to a log file in the test's directory.
 */
final class PortalProcess implements AutoCloseable {
  static final String ADMIN_TOKEN = "crash-harness-admin-token";
  private static final Duration START_BOUND = Duration.ofSeconds(120);

  private final Process process;
  private final String baseUrl;

  private PortalProcess(Process process, String baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  static PortalProcess start(Path log, List<String> options) throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-cp");
    cmd.add(classPath);
    cmd.add("vn.egov.sdk.examples.PortalServer");
    cmd.add("--port");
    cmd.add("0");
    cmd.add("--simulate-upstreams");
    cmd.addAll(options);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("EGOV_ADMIN_TOKEN", ADMIN_TOKEN);
    Process p = pb.start();
    CompletableFuture<String> listening = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
          PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
              StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
        String line;
        while ((line = in.readLine()) != null) {
          out.println(line);
          out.flush();
          if (line.startsWith("Listening on ")) {
            listening.complete(line.substring("Listening on ".length()).strip());
          }
        }
      } catch (IOException e) {
        // the process is gone
      }
      listening.completeExceptionally(new IllegalStateException(
          "the portal server exited before it listened; see " + log));
    }, "portal-output");
    reader.setDaemon(true);
    reader.start();
    try {
      return new PortalProcess(p, listening.get(START_BOUND.toSeconds(), TimeUnit.SECONDS));
    } catch (Exception e) {
      p.destroyForcibly().waitFor();
      throw new IllegalStateException("the portal server did not start within " + START_BOUND + "; see " + log, e);
    }
  }

  String baseUrl() {
    return baseUrl;
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL (on Linux {@link Process#destroyForcibly()} sends SIGKILL), then waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the portal server outlived SIGKILL for 60 s");
    }
  }

  /** SIGTERM ({@link Process#destroy()}): the server's orderly stop; returns its exit status. */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("the portal server did not stop within 60 s of SIGTERM");
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
