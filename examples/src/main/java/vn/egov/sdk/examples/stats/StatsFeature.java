package vn.egov.sdk.examples.stats;

import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.examples.HealthContributor;
import vn.egov.sdk.examples.PageBlock;
import vn.egov.sdk.examples.PortalContext;
import vn.egov.sdk.examples.Routes;
import vn.egov.sdk.stats.PageView;
import vn.egov.sdk.stats.Poll;
import vn.egov.sdk.stats.PollException;
import vn.egov.sdk.stats.Polls;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.StatsStores;
import vn.egov.sdk.stats.StoreUnavailableException;
import vn.egov.sdk.stats.VisitorCounter;

/**
 * Visitor counters and polls in the portal server: opens the store of {@code --stats-store} (the
 * embedded SQLite file {@code stats.db} in the data directory by default), counts the demo page's own views with a
 * cookie, shows the visitors and poll blocks, reports the store's health, and closes everything
 * (flushing the page views) when the server stops.
 */
public final class StatsFeature {
  /** The cookie holding the demo page's opaque visitor id (random; no IP address is ever stored). */
  public static final String VISITOR_COOKIE = "egov_vid";
  /** The 2013 portal's poll, seeded as a sample into a store without polls. */
  public static final String SAMPLE_POLL_ID = "cong-thong-tin-2013";

  private static final Logger log = LoggerFactory.getLogger(StatsFeature.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private StatsFeature() {}

  /** Sets the feature up on {@code context} and returns its routes. */
  public static Routes install(PortalContext context) {
    StatsStore store = context.closeLater(openStore(context));
    VisitorCounter counter = context.closeLater(
        VisitorCounter.builder(store).clock(context.clock()).build());
    Polls polls = new Polls(store, context.clock());
    if (!seedSamplePoll(store, polls)) {
      // The store did not answer at start (a slow disk, a store still starting): try again in the
      // background until it does, so the demo poll appears without a restart.
      java.util.concurrent.ScheduledExecutorService retry =
          java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stats-sample-seed");
            t.setDaemon(true);
            return t;
          });
      context.closeLater(retry::shutdownNow);
      retry.scheduleWithFixedDelay(() -> {
        if (seedSamplePoll(store, polls)) {
          retry.shutdown();
        }
      }, 5, 5, java.util.concurrent.TimeUnit.SECONDS);
    }
    StatsWidgets widgets = new StatsWidgets(counter, polls);
    context.addHealth(() -> health(store));
    context.addPageViewListener(ctx -> {
      String id = ctx.cookie(VISITOR_COOKIE);
      if (!PageView.isValidId(id)) {
        id = newVisitorId();
        ctx.cookie(new Cookie(VISITOR_COOKIE, id, "/", 365 * 24 * 3600, false, true, null, SameSite.LAX));
      }
      String path = PageView.isValidPath(ctx.path()) ? ctx.path() : "/";
      counter.record(new PageView(id, null, path));
    });
    context.addPageBlock(PageBlock.of("visitors", widgets::visitors));
    PollPages pollPages = new PollPages(context, polls, VoterCookie.inDataDir(context.options().dataDir()));
    context.addPageBlock(pollPages.block());
    StatsRoutes api = new StatsRoutes(context, counter, polls, widgets);
    return routes -> {
      api.register(routes);
      pollPages.register(routes);
    };
  }


  private static StatsStore openStore(PortalContext context) {
    if (context.options().statsStore().isPresent()) {
      return StatsStores.open(context.options().statsStore().get());
    }
    try {
      Files.createDirectories(context.options().dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("the data directory could not be created", e);
    }
    return StatsStores.embedded(context.options().dataDir());
  }

  static String newVisitorId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static HealthContributor.Health health(StatsStore store) {
    try {
      store.ping();
      return new HealthContributor.Health("stats", HealthContributor.Status.UP, store.kind());
    } catch (StoreUnavailableException e) {
      return new HealthContributor.Health("stats", HealthContributor.Status.DEGRADED,
          store.kind() + " unreachable: page views are buffered, votes are refused");
    }
  }

  /**
   * The 2013 portal's reader poll with its 25 sample ballots (16, 4, 1, 4), so that a fresh demo
   * shows something; marked as sample. Only into a store without any poll; nodes racing to seed
   * are settled by the store (one poll id, one ballot per voter). Returns false when the store did
   * not answer (nothing or part of it was seeded; a later call completes it).
   */
  static boolean seedSamplePoll(StatsStore store, Polls polls) {
    try {
      if (store.polls().stream().anyMatch(p -> !p.id().equals(SAMPLE_POLL_ID))) {
        return true; // the agency has its own polls: no sample
      }
      if (store.polls().isEmpty()) {
        polls.create(Poll.builder(SAMPLE_POLL_ID)
            .question("Bạn đánh giá thế nào về Cổng thông tin điện tử của tỉnh?")
            .option("tot", "Tốt")
            .option("kha", "Khá")
            .option("trung-binh", "Trung bình")
            .option("chua-tot", "Chưa tốt")
            .sample(true)
            .build());
      }
      int[] ballots = {16, 4, 1, 4};
      List<String> options = List.of("tot", "kha", "trung-binh", "chua-tot");
      int voter = 0;
      for (int o = 0; o < ballots.length; o++) {
        for (int k = 0; k < ballots[o]; k++) {
          try {
            store.castBallot(SAMPLE_POLL_ID, "sample-voter-" + ++voter, List.of(options.get(o)),
                java.time.Instant.parse("2013-06-01T00:00:00Z"));
          } catch (PollException e) {
            // this sample ballot is in already (an earlier, interrupted seeding or another node)
          }
        }
      }
      return true;
    } catch (PollException e) {
      return true; // another node created it first
    } catch (StoreUnavailableException e) {
      log.warn("Stats store unavailable: the sample poll is not seeded yet");
      return false;
    }
  }
}
