package vn.egov.sdk.stats.redis.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;
import vn.egov.sdk.stats.PageViewBatch;
import vn.egov.sdk.stats.Poll;
import vn.egov.sdk.stats.PollException;
import vn.egov.sdk.stats.PollOption;
import vn.egov.sdk.stats.PollTally;
import vn.egov.sdk.stats.StatsStore;
import vn.egov.sdk.stats.StoreUnavailableException;
import vn.egov.sdk.stats.VisitorActivity;
import vn.egov.sdk.stats.VisitorTotals;

/**
 * The store on Redis, shared by several nodes: {@code INCR}/{@code INCRBY} counters, a hash of page
 * counters, HyperLogLog for today's unique visitors, two sorted sets scored by last-seen time for
 * presence (guests and members), and Lua scripts so that every batch chunk and every ballot is
 * applied atomically ({@code HSETNX} decides the one ballot per voter). Keys start with a prefix
 * ({@code egov:stats:} unless the URL says {@code ?prefix=…}); the scripts build keys from it, so this
 * store is for a single Redis server (or a primary with replicas), not Redis Cluster.
 *
 * <p>Durability is Redis's: with neither AOF nor RDB snapshots (as in many caches) a Redis restart
 * loses everything, acknowledged votes included; run Redis with {@code appendonly yes} and
 * {@code appendfsync always} (or {@code everysec}, accepting up to a second) for votes.
 */
public final class RedisStatsStore implements StatsStore {
  public static final String DEFAULT_PREFIX = "egov:stats:";
  private static final int CHUNK = 200;

  private final RedisClient redis;
  private final String prefix;
  private final ObjectMapper json = new ObjectMapper();
  private final String applyVisitors = script("apply-visitors.lua");
  private final String applyTotals = script("apply-totals.lua");
  private final String totals = script("totals.lua");
  private final String castBallot = script("cast-ballot.lua");
  private final String createPoll = script("create-poll.lua");

  private RedisStatsStore(RedisClient redis, String prefix) {
    this.redis = redis;
    this.prefix = prefix;
  }

  /** Opens {@code redis://host:port[/db][?prefix=…]}; connects lazily. */
  public static RedisStatsStore open(String url) {
    URI uri = URI.create(url);
    if (!"redis".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("a Redis stats store URL is redis://host:port[/db]");
    }
    int port = uri.getPort() < 0 ? 6379 : uri.getPort();
    int db = 0;
    String path = uri.getPath();
    if (path != null && path.length() > 1) {
      try {
        db = Integer.parseInt(path.substring(1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("the Redis database in the URL must be a number");
      }
    }
    String prefix = DEFAULT_PREFIX;
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        if (pair.startsWith("prefix=")) {
          prefix = URLDecoder.decode(pair.substring(7), StandardCharsets.UTF_8);
        }
      }
    }
    DefaultJedisClientConfig config = DefaultJedisClientConfig.builder().database(db)
        .connectionTimeoutMillis(2_000).socketTimeoutMillis(3_000).build();
    RedisClient client = RedisClient.builder().hostAndPort(uri.getHost(), port)
        .clientConfig(config).build();
    return new RedisStatsStore(client, prefix);
  }

  private static String script(String name) {
    try (InputStream in = RedisStatsStore.class.getResourceAsStream("/vn/egov/sdk/stats/redis/" + name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the sdk-stats-redis jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(name + " could not be read", e);
    }
  }

  private <T> T call(Supplier<T> work) {
    try {
      return work.get();
    } catch (JedisException e) {
      throw new StoreUnavailableException("stats store (redis) failed: " + e.getClass().getSimpleName(), e);
    }
  }

  private Object eval(String script, List<String> keys, List<String> args) {
    return redis.eval(script, keys, args);
  }

  @Override
  public void apply(PageViewBatch batch) {
    call(() -> {
      List<String> args = new ArrayList<>(List.of(prefix, batch.batchId() + ":totals",
          Long.toString(batch.pageViews()), Long.toString(batch.forgetBefore().toEpochMilli()),
          Integer.toString(batch.pathViews().size())));
      batch.pathViews().forEach((path, n) -> {
        args.add(path);
        args.add(Long.toString(n));
      });
      batch.visitsWithinBatch().forEach((day, n) -> {
        args.add(day.toString());
        args.add(Long.toString(n));
      });
      eval(applyTotals, List.of(), args);
      List<VisitorActivity> all = batch.visitors();
      for (int from = 0, chunk = 0; from < all.size(); from += CHUNK, chunk++) {
        List<String> a = new ArrayList<>(List.of(prefix, batch.batchId() + ":" + chunk,
            Long.toString(batch.visitIdle().toMillis())));
        for (VisitorActivity v : all.subList(from, Math.min(all.size(), from + CHUNK))) {
          a.add(v.visitorId());
          a.add(v.member() ? "1" : "0");
          a.add(Long.toString(v.firstSeen().toEpochMilli()));
          a.add(Long.toString(v.lastSeen().toEpochMilli()));
          a.add(v.firstDay().toString());
          a.add(v.lastDay().toString());
        }
        eval(applyVisitors, List.of(), a);
      }
      return null;
    });
  }

  @Override
  public VisitorTotals visitorTotals(Instant onlineSince, LocalDate today) {
    return call(() -> {
      List<?> r = (List<?>) eval(totals, List.of(),
          List.of(prefix, Long.toString(onlineSince.toEpochMilli()), today.toString()));
      return new VisitorTotals(n(r.get(0)), n(r.get(1)), n(r.get(2)), n(r.get(3)), n(r.get(4)), n(r.get(5)));
    });
  }

  private static long n(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  @Override
  public long pageViews(String path) {
    return call(() -> {
      String v = redis.hget(prefix + "pages", path);
      return v == null ? 0L : Long.parseLong(v);
    });
  }

  private String pollKey(String id) {
    return prefix + "poll:" + id;
  }

  @Override
  public void createPoll(Poll poll, Instant createdAt) {
    Object created = call(() -> eval(createPoll, List.of(pollKey(poll.id()), prefix + "polls"),
        List.of(toJson(poll), Long.toString(createdAt.toEpochMilli()), poll.id())));
    if (n(created) == 0) {
      throw new PollException(PollException.Reason.POLL_EXISTS, "a poll with this id exists");
    }
  }

  @Override
  public Optional<Poll> poll(String id) {
    return call(() -> Optional.ofNullable(redis.get(pollKey(id))).map(this::fromJson));
  }

  @Override
  public List<Poll> polls() {
    return call(() -> {
      List<String> ids = redis.zrange(prefix + "polls", 0, -1);
      List<Poll> out = new ArrayList<>();
      if (ids.isEmpty()) {
        return out;
      }
      List<String> values = redis.mget(ids.stream().map(this::pollKey).toArray(String[]::new));
      for (String v : values) {
        if (v != null) {
          out.add(fromJson(v));
        }
      }
      return out;
    });
  }

  @Override
  public boolean closePoll(String id, Instant at) {
    return call(() -> {
      String stored = redis.get(pollKey(id));
      if (stored == null) {
        return false;
      }
      Poll closed = fromJson(stored).closedAt(at);
      redis.set(pollKey(id), toJson(closed), SetParams.setParams().xx());
      return true;
    });
  }

  @Override
  public boolean castBallot(String pollId, String voterId, List<String> optionIds, Instant at) {
    List<String> args = new ArrayList<>();
    args.add(voterId);
    args.add(String.join(",", optionIds));
    args.addAll(optionIds);
    Object r = call(() -> eval(castBallot,
        List.of(pollKey(pollId) + ":ballots", pollKey(pollId) + ":votes"), args));
    return n(r) == 1;
  }

  @Override
  public PollTally tally(String pollId) {
    return call(() -> {
      long voters = redis.hlen(pollKey(pollId) + ":ballots");
      Map<String, Long> votes = new HashMap<>();
      redis.hgetAll(pollKey(pollId) + ":votes").forEach((k, v) -> votes.put(k, Long.parseLong(v)));
      return new PollTally(voters, votes);
    });
  }

  private String toJson(Poll poll) {
    ObjectNode o = json.createObjectNode();
    o.put("id", poll.id());
    o.put("question", poll.question());
    o.put("maxChoices", poll.maxChoices());
    if (poll.opensAt() != null) {
      o.put("opensAt", poll.opensAt().toEpochMilli());
    }
    if (poll.closesAt() != null) {
      o.put("closesAt", poll.closesAt().toEpochMilli());
    }
    o.put("sample", poll.sample());
    ArrayNode options = o.putArray("options");
    for (PollOption opt : poll.options()) {
      options.addObject().put("id", opt.id()).put("text", opt.text());
    }
    return o.toString();
  }

  private Poll fromJson(String text) {
    try {
      JsonNode o = json.readTree(text);
      Poll.Builder b = Poll.builder(o.path("id").asText()).question(o.path("question").asText())
          .maxChoices(o.path("maxChoices").asInt())
          .opensAt(o.hasNonNull("opensAt") ? Instant.ofEpochMilli(o.get("opensAt").asLong()) : null)
          .closesAt(o.hasNonNull("closesAt") ? Instant.ofEpochMilli(o.get("closesAt").asLong()) : null)
          .sample(o.path("sample").asBoolean());
      for (JsonNode opt : o.path("options")) {
        b.option(opt.path("id").asText(), opt.path("text").asText());
      }
      return b.build();
    } catch (IOException e) {
      throw new StoreUnavailableException("stats store (redis) holds an unreadable poll", e);
    }
  }

  @Override
  public void ping() {
    call(redis::ping);
  }

  @Override
  public String kind() {
    return "redis";
  }

  @Override
  public void close() {
    redis.close();
  }
}
