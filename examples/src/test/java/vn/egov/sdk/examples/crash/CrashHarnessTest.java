package vn.egov.sdk.examples.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.testing.TestServices;

/**
 * The crash harness (docs/crash-harness.md): the real portal server as a child process on each store,
 * concurrent filings (with idempotency keys), status changes, votes and page views, SIGKILL at seeded
 * random moments, restart on the same data, and a check that every acknowledged write is there
 * exactly once and no dossier code was issued twice; then a SIGTERM that must lose no page view.
 * {@code -Degov.crash.seed=N} replays a run; {@code -Degov.crash.kills=N} sets the kills per store.
 */
class CrashHarnessTest {
  private static final long SEED = Long.getLong("egov.crash.seed", System.nanoTime());
  private static final int KILLS = Integer.getInteger("egov.crash.kills", 7);
  private static final String FORM = "judicial-record-request";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Per request: generous, so that a loaded machine slows the harness down but never fails it. */
  private static final Duration REQUEST_BOUND = Duration.ofSeconds(60);

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void embeddedStoreKeepsEveryAcknowledgedWriteThroughSigkill() throws Exception {
    run("embedded", List.of("--data-dir", dir.resolve("data").toString()), null);
  }

  @Test
  void postgresqlStoreKeepsEveryAcknowledgedWriteThroughSigkill() throws Exception {
    String url = TestServices.newPostgresSchema();
    try {
      run("postgresql", List.of("--data-dir", dir.resolve("data").toString(), "--stats-store", url), null);
    } finally {
      TestServices.dropPostgresSchema(url);
    }
  }

  @Test
  void redisAofStoreKeepsEveryAcknowledgedWriteThroughSigkill() throws Exception {
    try (OwnRedis redis = OwnRedis.start(dir.resolve("redis"))) {
      run("redis-aof", List.of("--data-dir", dir.resolve("data").toString(), "--stats-store", redis.url()), redis);
    }
  }

  /** What was acknowledged, what was in flight, across every restart of one store's run. */
  private static final class Ledger {
    final Map<String, String> ackedFilings = new ConcurrentHashMap<>(); // key -> code
    final Set<String> pendingKeys = ConcurrentHashMap.newKeySet();      // sent, no answer
    final Map<String, String> codeOwners = new ConcurrentHashMap<>();   // code -> key
    final Set<String> ackedReceived = ConcurrentHashMap.newKeySet();    // codes moved to 2, acknowledged
    final Set<String> ackedVoters = ConcurrentHashMap.newKeySet();
    final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger kills = new AtomicInteger();

    void issued(String store, int round, String key, String code) {
      String owner = codeOwners.putIfAbsent(code, key);
      if (owner != null && !owner.equals(key)) {
        problems.add(store + " round " + round + ": code " + code + " issued twice, to keys " + owner + " and " + key);
      }
    }
  }

  private void run(String store, List<String> options, OwnRedis redis) throws Exception {
    long seed = SEED ^ store.hashCode();
    System.out.println("crash harness " + store + ": seed " + SEED + " (replay with -Degov.crash.seed=" + SEED
        + "), " + KILLS + " kills");
    Random random = new Random(seed);
    Ledger ledger = new Ledger();
    Path log = dir.resolve("portal-" + store + ".log");
    ObjectNode data = sample();
    String pollId;
    try (PortalProcess first = PortalProcess.start(log, options)) {
      pollId = createPoll(first.baseUrl());
      first.kill();
    }
    for (int round = 1; round <= KILLS; round++) {
      try (PortalProcess portal = PortalProcess.start(log, options)) {
        verify(store, round - 1, portal.baseUrl(), ledger, data, pollId);
        long loadMillis = 300 + random.nextInt(2200);
        drive(portal.baseUrl(), ledger, data, pollId, round, loadMillis, random.nextLong());
        portal.kill();
        ledger.kills.incrementAndGet();
      }
      if (redis != null && round % 2 == 0) {
        redis.kill(); // Redis itself crashes too: appendfsync always must keep every acknowledged vote
        redis.start();
      }
    }
    String pageViewPath = "/crash-harness/sigterm/" + store;
    int posted = 200;
    try (PortalProcess portal = PortalProcess.start(log, options)) {
      verify(store, KILLS, portal.baseUrl(), ledger, data, pollId);
      for (int i = 0; i < posted; i++) {
        HttpResponse<String> r = post(portal.baseUrl(), "/api/visits",
            "{\"visitorId\":\"sigterm-" + i + "\",\"path\":\"" + pageViewPath + "\"}", null, false);
        assertThat(r.statusCode()).as("page view %s", i).isEqualTo(202);
      }
      portal.stop();
    }
    try (PortalProcess portal = PortalProcess.start(log, options)) {
      HttpResponse<String> views = get(portal.baseUrl(), "/api/page-views?path=" + pageViewPath);
      long stored = JSON.readTree(views.body()).path("pageViews").asLong(-1);
      if (stored != posted) {
        ledger.problems.add(store + ": SIGTERM lost page views: " + posted + " acknowledged (202), "
            + stored + " stored after the restart");
      }
      verify(store, KILLS + 1, portal.baseUrl(), ledger, data, pollId);
      gapFree(store, ledger);
    }
    System.out.println("crash harness " + store + ": " + ledger.kills.get() + " SIGKILLs, "
        + ledger.ackedFilings.size() + " dossiers acknowledged, " + ledger.ackedReceived.size()
        + " status changes acknowledged, " + ledger.ackedVoters.size() + " votes acknowledged, "
        + ledger.problems.size() + " problems");
    assertThat(ledger.problems)
        .as("%s store, seed %d (replay: -Degov.crash.seed=%d); server log %s", store, SEED, SEED, log)
        .isEmpty();
  }

  /** Four kinds of writers until {@code millis} have passed; the kill comes right after. */
  private void drive(String base, Ledger ledger, ObjectNode data, String pollId, int round, long millis, long seed)
      throws Exception {
    AtomicBoolean go = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    AtomicInteger n = new AtomicInteger();
    List<String> receivable = java.util.Collections.synchronizedList(new ArrayList<>(ledger.ackedFilings.values()));
    for (int t = 0; t < 3; t++) {
      pool.submit(() -> {
        while (go.get()) {
          String key = "crash-" + seed + "-" + n.incrementAndGet();
          ledger.pendingKeys.add(key);
          try {
            HttpResponse<String> r = post(base, "/api/dossiers", filing(data), key, false);
            if (r.statusCode() == 201) {
              String code = JSON.readTree(r.body()).path("dossierCode").asText();
              ledger.issued("", round, key, code);
              ledger.ackedFilings.put(key, code);
              ledger.pendingKeys.remove(key);
              receivable.add(code);
            }
          } catch (Exception inFlight) {
            // no answer: the key stays pending and is retried after the restart
          }
        }
        return null;
      });
    }
    pool.submit(() -> {
      Random r = new Random(seed);
      while (go.get()) {
        if (receivable.isEmpty()) {
          Thread.onSpinWait();
          continue;
        }
        String code = receivable.remove(r.nextInt(receivable.size()));
        if (ledger.ackedReceived.contains(code)) {
          continue;
        }
        try {
          HttpResponse<String> resp = post(base, "/api/dossiers/" + code + "/status", "{\"code\":2}", null, true);
          if (resp.statusCode() == 200 || resp.statusCode() == 201) {
            ledger.ackedReceived.add(code);
          }
        } catch (Exception inFlight) {
          // unacknowledged: no promise
        }
      }
      return null;
    });
    pool.submit(() -> {
      while (go.get()) {
        String voter = "voter-" + seed + "-" + n.incrementAndGet();
        try {
          HttpResponse<String> r = post(base, "/api/polls/" + pollId + "/votes",
              "{\"voterId\":\"" + voter + "\",\"optionIds\":[\"a\"]}", null, false);
          if (r.statusCode() == 201) {
            ledger.ackedVoters.add(voter);
          }
        } catch (Exception inFlight) {
          // unacknowledged: no promise
        }
      }
      return null;
    });
    pool.submit(() -> {
      while (go.get()) {
        try {
          post(base, "/api/visits", "{\"visitorId\":\"pv-" + n.incrementAndGet() + "\",\"path\":\"/crash\"}", null, false);
        } catch (Exception inFlight) {
          // a crash may lose one flush interval of page views (documented)
        }
      }
      return null;
    });
    TimeUnit.MILLISECONDS.sleep(millis); // the seeded moment of the kill, not a synchronisation
    go.set(false);
    pool.shutdownNow();
  }

  /** After a restart: pending keys retried, every acknowledged write looked up. */
  private void verify(String store, int afterKill, String base, Ledger ledger, ObjectNode data, String pollId)
      throws Exception {
    String when = store + " after kill " + afterKill;
    for (String key : List.copyOf(ledger.pendingKeys)) {
      HttpResponse<String> r = post(base, "/api/dossiers", filing(data), key, false);
      if (r.statusCode() != 201) {
        ledger.problems.add(when + ": retrying Idempotency-Key " + key + " answered " + r.statusCode() + " " + r.body());
        continue;
      }
      String code = JSON.readTree(r.body()).path("dossierCode").asText();
      ledger.issued(store, afterKill, key, code);
      ledger.ackedFilings.put(key, code);
      ledger.pendingKeys.remove(key);
    }
    List<String> lost = new ArrayList<>();
    for (Map.Entry<String, String> e : ledger.ackedFilings.entrySet()) {
      HttpResponse<String> r = get(base, "/api/dossiers/" + e.getValue());
      if (r.statusCode() != 200) {
        lost.add(e.getValue());
        continue;
      }
      if (ledger.ackedReceived.contains(e.getValue())
          && JSON.readTree(r.body()).path("status").path("code").asInt() < 2) {
        ledger.problems.add(when + ": acknowledged status change of " + e.getValue() + " to 2 lost");
      }
    }
    if (!lost.isEmpty()) {
      ledger.problems.add(when + ": " + lost.size() + " of " + ledger.ackedFilings.size()
          + " acknowledged dossiers lost (404): " + new TreeSet<>(lost));
    }
    // exactly once: the same key again gives the same receipt (sampled: the newest 50 keys)
    List<Map.Entry<String, String>> entries = new ArrayList<>(ledger.ackedFilings.entrySet());
    for (Map.Entry<String, String> e : entries.subList(Math.max(0, entries.size() - 50), entries.size())) {
      if (lost.contains(e.getValue())) {
        continue;
      }
      HttpResponse<String> r = post(base, "/api/dossiers", filing(data), e.getKey(), false);
      String code = r.statusCode() == 201 ? JSON.readTree(r.body()).path("dossierCode").asText() : "(" + r.statusCode() + ")";
      if (!code.equals(e.getValue())) {
        ledger.problems.add(when + ": Idempotency-Key " + e.getKey() + " gave " + code + ", its receipt was " + e.getValue());
      }
    }
    List<String> lostVotes = new ArrayList<>();
    for (String voter : ledger.ackedVoters) {
      HttpResponse<String> r = post(base, "/api/polls/" + pollId + "/votes",
          "{\"voterId\":\"" + voter + "\",\"optionIds\":[\"a\"]}", null, false);
      if (r.statusCode() == 201) {
        lostVotes.add(voter);
        ledger.problems.add(when + ": acknowledged vote of " + voter + " lost (voting again was accepted)");
      } else if (r.statusCode() != 409) {
        ledger.problems.add(when + ": re-vote of " + voter + " answered " + r.statusCode());
      }
    }
    HttpResponse<String> poll = get(base, "/api/polls/" + pollId);
    if (poll.statusCode() != 200) {
      ledger.problems.add(when + ": the acknowledged poll " + pollId + " is gone (" + poll.statusCode() + ")");
    }
  }

  /** Numbers are gap-free per unit and day among the dossiers that exist (every key was retried). */
  private static void gapFree(String store, Ledger ledger) {
    Map<String, TreeSet<Integer>> byPrefix = new TreeMap<>();
    for (String code : ledger.codeOwners.keySet()) {
      int dash = code.lastIndexOf('-');
      byPrefix.computeIfAbsent(code.substring(0, dash), k -> new TreeSet<>()).add(Integer.parseInt(code.substring(dash + 1)));
    }
    for (Map.Entry<String, TreeSet<Integer>> e : byPrefix.entrySet()) {
      TreeSet<Integer> numbers = e.getValue();
      if (numbers.first() != 1 || numbers.last() != numbers.size()) {
        List<Integer> missing = new ArrayList<>();
        for (int i = 1; i <= numbers.last() && missing.size() < 20; i++) {
          if (!numbers.contains(i)) {
            missing.add(i);
          }
        }
        ledger.problems.add(store + ": numbers of " + e.getKey() + " have gaps: " + numbers.size()
            + " dossiers up to " + numbers.last() + ", missing " + missing);
      }
    }
  }

  private String createPoll(String base) throws Exception {
    HttpResponse<String> r = post(base, "/api/polls", "{\"question\":\"Crash harness?\",\"options\":"
        + "[{\"id\":\"a\",\"text\":\"A\"},{\"id\":\"b\",\"text\":\"B\"}]}", null, true);
    assertThat(r.statusCode()).as("creating the poll: %s", r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).path("id").asText();
  }

  private static ObjectNode sample() throws Exception {
    try (InputStream in = CrashHarnessTest.class.getResourceAsStream("/forms/" + FORM + ".json")) {
      return (ObjectNode) JSON.readTree(in);
    }
  }

  private static String filing(JsonNode data) {
    ObjectNode body = JSON.createObjectNode();
    body.put("formId", FORM);
    body.set("data", data);
    return body.toString();
  }

  private HttpResponse<String> post(String base, String path, String body, String key, boolean admin) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path.substring(1)))
        .timeout(REQUEST_BOUND)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    if (admin) {
      b.header("Authorization", "Bearer " + PortalProcess.ADMIN_TOKEN);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String base, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).timeout(REQUEST_BOUND)
        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
