package vn.egov.sdk.stats.contract;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@link StatsNodeMain} in a child JVM with the running test's classpath (so a store module's tests
 * start a node with that store); its stdout as lines.
 */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Writer stdin;

  public ChildJvm(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(StatsNodeMain.class.getName());
    command.addAll(List.of(args));
    process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the child is gone
      }
      lines.add("EOF");
    }, "child-jvm-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** The next line, waiting at most two minutes; "EOF" once the child has exited. */
  public String nextLine() throws InterruptedException {
    String line = lines.poll(2, TimeUnit.MINUTES);
    if (line == null) {
      throw new AssertionError("the child JVM said nothing for two minutes");
    }
    return line;
  }

  public void send(String line) throws IOException {
    stdin.write(line + "\n");
    stdin.flush();
  }

  /** SIGKILL: no shutdown hook, no flush, no close. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(1, TimeUnit.MINUTES);
  }

  public int waitFor() throws InterruptedException {
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      throw new AssertionError("the child JVM did not exit");
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  static String separator() {
    return File.pathSeparator;
  }
}
