package vn.egov.sdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.jdbc.internal.JdbcPool;

/**
 * An embedded SQLite store killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) while four
 * threads commit: after reopening, every row whose commit had returned is there. Several rounds on one
 * file, so a round also recovers the write-ahead log the previous kill left.
 */
class SqliteKillTest {
  private static final int ROUNDS = 4;
  private static final int ACKS_BEFORE_KILL = 200;

  @TempDir
  Path dir;

  @Test
  void everyAcknowledgedCommitSurvivesAKill() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("kill.db").toAbsolutePath();
    Set<String> acknowledged = new HashSet<>();
    for (int round = 1; round <= ROUNDS; round++) {
      acknowledged.addAll(runAndKill(url, "r" + round, dir.resolve("child-" + round + ".log")));
      Set<String> stored = new HashSet<>();
      try (JdbcPool pool = JdbcPool.builder(url).connectionTimeout(Duration.ofMinutes(1)).build();
          Connection c = pool.connection(); Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT id FROM acked")) {
        while (r.next()) {
          stored.add(r.getString(1));
        }
      }
      Set<String> lost = new HashSet<>(acknowledged);
      lost.removeAll(stored);
      assertThat(lost).as("acknowledged rows missing after kill %d (child log in %s)", round, dir).isEmpty();
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * ACKS_BEFORE_KILL);
  }

  /** The ids the child acknowledged, including those printed between the kill signal and its death. */
  private static List<String> runAndKill(String url, String round, Path log) throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-cp", System.getProperty("java.class.path"), SqliteWriterMain.class.getName(), url, round);
    Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          lines.add(line);
        }
      } catch (java.io.IOException e) {
        // the child is gone
      }
      lines.add("EOF");
    }, "kill-test-reader");
    reader.setDaemon(true);
    reader.start();
    List<String> acked = new ArrayList<>();
    try {
      assertThat(next(lines)).isEqualTo("STARTED");
      while (acked.size() < ACKS_BEFORE_KILL) {
        String line = next(lines);
        assertThat(line).as("child output (see %s)", log).startsWith("ACK ");
        acked.add(line.substring(4));
      }
      child.destroyForcibly();
      assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
      for (String line = next(lines); !line.equals("EOF"); line = next(lines)) {
        if (line.startsWith("ACK ")) {
          acked.add(line.substring(4));
        }
      }
    } finally {
      child.destroyForcibly();
    }
    return acked;
  }

  private static String next(BlockingQueue<String> lines) throws InterruptedException {
    String line = lines.poll(2, TimeUnit.MINUTES);
    if (line == null) {
      throw new AssertionError("the child said nothing for two minutes");
    }
    return line;
  }
}
