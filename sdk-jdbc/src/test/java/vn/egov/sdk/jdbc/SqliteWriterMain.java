package vn.egov.sdk.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import vn.egov.sdk.jdbc.internal.JdbcPool;

/**
 * The child process of {@link SqliteKillTest}: {@code SqliteWriterMain URL ROUND} commits rows
 * {@code ROUND-thread-n} from four threads through a {@link JdbcPool} and prints {@code ACK id} after
 * each commit returned, until it is killed. A failed commit prints {@code FAIL} and exits 1.
 */
public final class SqliteWriterMain {
  private SqliteWriterMain() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String round = args[1];
    try (JdbcPool pool = JdbcPool.builder(args[0]).poolName("kill-test").maximumPoolSize(4)
        .connectionTimeout(Duration.ofMinutes(2)).build()) {
      try (Connection c = pool.connection(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS acked (id VARCHAR(40) PRIMARY KEY, payload VARCHAR(200) NOT NULL)");
        c.commit();
      }
      out.println("STARTED");
      AtomicInteger failures = new AtomicInteger();
      Thread[] threads = new Thread[4];
      for (int t = 0; t < threads.length; t++) {
        int thread = t;
        threads[t] = new Thread(() -> {
          for (int n = 0; ; n++) {
            String id = round + "-" + thread + "-" + n;
            try (Connection c = pool.connection();
                PreparedStatement p = c.prepareStatement("INSERT INTO acked (id, payload) VALUES (?, ?)")) {
              p.setString(1, id);
              p.setString(2, "x".repeat(150));
              p.executeUpdate();
              c.commit();
            } catch (SQLException | RuntimeException e) {
              failures.incrementAndGet();
              out.println("FAIL " + thread);
              e.printStackTrace();
              System.exit(1);
            }
            out.println("ACK " + id);
          }
        }, "writer-" + t);
        threads[t].start();
      }
      for (Thread t : threads) {
        t.join();
      }
    }
  }
}
