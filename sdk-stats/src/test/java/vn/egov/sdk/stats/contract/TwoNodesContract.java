package vn.egov.sdk.stats.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.stats.PageView;
import vn.egov.sdk.stats.PollException;
import vn.egov.sdk.stats.PollResults;
import vn.egov.sdk.stats.Polls;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.StatsStores;
import vn.egov.sdk.stats.VisitorCounter;
import vn.egov.sdk.stats.VisitorStats;

/**
 * Two nodes, each its own process with its own buffer, sharing one store: they report the same
 * figures and let each voter cast one ballot between them. Each shared store's module runs it with a
 * fresh, isolated URL.
 */
public abstract class TwoNodesContract {
  @TempDir
  Path dir;

  /** The URL of a new, empty, isolated store of the kind under test (skips the test if absent). */
  protected abstract String newUrl();

  /** Releases what {@link #newUrl()} set up (schema, key prefix…). */
  protected abstract void dispose(String url);

  @Test
  void twoNodesAgreeOnEveryFigureAndCountEachVoterOnce() throws Exception {
    String url = newUrl();
    try {
      runTwoNodes(url);
    } finally {
      dispose(url);
    }
  }

  private void runTwoNodes(String url) throws Exception {
    try (StatsStore store = StatsStores.open(url);
        VisitorCounter counter = VisitorCounter.builder(store).flushInterval(Duration.ofMillis(200)).build()) {
      Polls polls = new Polls(store, Clock.systemUTC());
      polls.create(StatsStoreContract.portalPoll2013("two-nodes"));
      try (ChildJvm child = new ChildJvm(dir.resolve("child.log"), "node", url, "two-nodes")) {
        // This node does what the child does, at the same time: the same voters, other visitors.
        ByteArrayOutputStream mine = new ByteArrayOutputStream();
        CompletableFuture<Void> here = CompletableFuture.runAsync(() -> {
          PrintStream out = new PrintStream(mine, true, StandardCharsets.UTF_8);
          for (int i = 0; i < 50; i++) {
            counter.record(PageView.guest("a-" + i, "/shared"));
          }
          for (int i = 0; i < 50; i++) {
            String voter = "shared-" + i;
            try {
              polls.vote("two-nodes", voter, List.of("kho-dung"));
              out.println("ACCEPTED " + voter);
            } catch (PollException e) {
              out.println("REJECTED " + voter + " " + e.reason());
            }
          }
        });
        List<String> childLines = new ArrayList<>();
        String line;
        while (!(line = child.nextLine()).equals("VOTED")) {
          assertThat(line).as("child output (see child.log)").matches("(ACCEPTED|REJECTED) .*");
          childLines.add(line);
        }
        here.get();
        assertThat(counter.flush()).isTrue();
        child.send("REPORT");
        String childStats = child.nextLine();
        assertThat(child.waitFor()).isZero();

        Set<String> accepted = new HashSet<>();
        List<String> all = new ArrayList<>(childLines);
        all.addAll(mine.toString(StandardCharsets.UTF_8).lines().toList());
        for (String l : all) {
          String[] parts = l.split(" ");
          if (parts[0].equals("ACCEPTED")) {
            assertThat(accepted.add(parts[1])).as("%s accepted twice", parts[1]).isTrue();
          } else {
            assertThat(parts[2]).isEqualTo("ALREADY_VOTED");
          }
        }
        assertThat(accepted).hasSize(50);
        PollResults r = polls.results("two-nodes");
        assertThat(r.totalVoters()).isEqualTo(50);
        assertThat(r.totalVotes()).isEqualTo(50);

        assertThat(childStats).isEqualTo("STATS " + StatsNodeMain.figures(counter));
        VisitorStats s = counter.stats();
        assertThat(s.pageViews()).isEqualTo(150);
        assertThat(s.onlineTotal()).isEqualTo(100);
        assertThat(s.totalVisits()).isEqualTo(100);
        assertThat(counter.pageViews("/shared")).isEqualTo(150);
      }
    }
  }
}
