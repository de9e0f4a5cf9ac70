package vn.egov.sdk.stats.contract;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import vn.egov.sdk.stats.PageView;
import vn.egov.sdk.stats.PollException;
import vn.egov.sdk.stats.Polls;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.StatsStores;
import vn.egov.sdk.stats.VisitorCounter;
import vn.egov.sdk.stats.VisitorStats;

/**
 * A second server node for the multi-process tests, started in its own JVM with the test classpath.
 * It talks to the parent test over stdin/stdout, one line per message.
 *
 * <ul>
 *   <li>{@code vote-forever URL POLL}: casts ballots for voters {@code crash-0}, {@code crash-1}, … and
 *       prints {@code ACK voter} after each acknowledged one, until killed.
 *   <li>{@code node URL POLL}: records 2 page views for each of 50 visitors {@code b-*} on
 *       {@code /shared}, flushes, then tries a ballot for each of {@code shared-0..49} (printing
 *       {@code ACCEPTED id} or {@code REJECTED id}), prints {@code VOTED}, waits for a line on stdin
 *       and prints {@code STATS …} with the figures it then reads from the store.
 * </ul>
 */
public final class StatsNodeMain {
  private StatsNodeMain() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String mode = args[0];
    try (StatsStore store = StatsStores.open(args[1])) {
      Polls polls = new Polls(store, Clock.systemUTC());
      if (mode.equals("vote-forever")) {
        out.println("STARTED");
        for (int i = 0; ; i++) {
          String voter = "crash-" + i;
          polls.vote(args[2], voter, List.of(i % 3 == 0 ? "dep" : "binh-thuong"));
          out.println("ACK " + voter);
        }
      }
      try (VisitorCounter counter = VisitorCounter.builder(store)
          .flushInterval(Duration.ofMillis(200)).build()) {
        runNode(counter, polls, args[2], out);
      }
    }
  }

  static void runNode(VisitorCounter counter, Polls polls, String pollId, PrintStream out) throws Exception {
    for (int i = 0; i < 50; i++) {
      counter.record(PageView.guest("b-" + i, "/shared"));
      counter.record(PageView.guest("b-" + i, "/shared"));
    }
    if (!counter.flush()) {
      throw new IllegalStateException("flush failed");
    }
    for (int i = 0; i < 50; i++) {
      String voter = "shared-" + i;
      try {
        polls.vote(pollId, voter, List.of("dep"));
        out.println("ACCEPTED " + voter);
      } catch (PollException e) {
        out.println("REJECTED " + voter + " " + e.reason());
      }
    }
    out.println("VOTED");
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    out.println("STATS " + figures(counter));
  }

  /** The figures both nodes must agree on, as one line. */
  public static String figures(VisitorCounter counter) {
    VisitorStats s = counter.stats();
    return s.onlineGuests() + " " + s.onlineMembers() + " " + s.totalVisits() + " " + s.pageViews()
        + " " + s.todayVisits() + " " + s.todayUniqueVisitors() + " " + counter.pageViews("/shared");
  }
}
