package vn.egov.sdk.examples.stats;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.egov.sdk.examples.site.SiteLang;
import vn.egov.sdk.stats.Poll;

/**
 * One ballot per browser: the site's poll form votes under a voter id that the server chose and
 * signed, kept in the {@value #COOKIE} cookie as {@code <id>.<HMAC-SHA256 of the id>}. The key is 32
 * random bytes in {@code <data dir>/}{@value #KEY_FILE} (created on first use, readable by the owner
 * only), so a voter id cannot be made up in the page or in the cookie: a cookie whose signature does
 * not verify is replaced by a new id. Servers that share a stats store should share this file too
 * (otherwise a browser that moves between them gets one id per server).
 *
 * <p>The second cookie, {@value #VOTED_COOKIE}, only remembers which polls this browser voted in, so
 * that the page can show the results instead of the form; the store's one-ballot-per-voter rule is
 * what counts.
 */
public final class VoterCookie {
  public static final String COOKIE = "egov_voter";
  public static final String VOTED_COOKIE = "egov_voted";
  public static final String KEY_FILE = "voter-cookie.key";
  private static final int TWO_YEARS = 2 * 365 * 24 * 3600;
  private static final int MAX_REMEMBERED = 20;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final byte[] key;
  private final SecureRandom random = new SecureRandom();

  VoterCookie(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the voter cookie key must have at least 32 bytes");
    }
    this.key = key.clone();
  }

  /** The key in {@code dataDir}, created when missing. */
  public static VoterCookie inDataDir(Path dataDir) {
    return new VoterCookie(loadOrCreateKey(dataDir.resolve(KEY_FILE)));
  }

  /** The voter id of this browser: the one of its valid cookie, else a new one set in the response. */
  public String voterId(Context ctx) {
    Optional<String> known = verify(ctx.cookie(COOKIE));
    if (known.isPresent()) {
      return "web:" + known.get();
    }
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String id = B64.encodeToString(bytes);
    ctx.cookie(new Cookie(COOKIE, id + "." + sign(id), "/", TWO_YEARS, SiteLang.secure(ctx), true, null,
        SameSite.LAX));
    return "web:" + id;
  }

  /** The id in a cookie value whose signature is right; empty for anything else. */
  Optional<String> verify(String value) {
    if (value == null) {
      return Optional.empty();
    }
    int dot = value.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String id = value.substring(0, dot);
    String signature = value.substring(dot + 1);
    if (!ID.matcher(id).matches()) {
      return Optional.empty();
    }
    boolean ok = MessageDigest.isEqual(sign(id).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
    return ok ? Optional.of(id) : Optional.empty();
  }

  String sign(String id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return B64.encodeToString(mac.doFinal(id.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
    }
  }

  /** Whether this browser's marker says it voted in the poll. */
  public boolean hasVoted(Context ctx, String pollId) {
    return voted(ctx).contains(pollId);
  }

  /** Remembers in the browser that it voted in the poll (the last {@value #MAX_REMEMBERED} polls). */
  public void rememberVote(Context ctx, String pollId) {
    Set<String> polls = voted(ctx);
    polls.remove(pollId);
    polls.add(pollId);
    while (polls.size() > MAX_REMEMBERED) {
      polls.remove(polls.iterator().next());
    }
    ctx.cookie(new Cookie(VOTED_COOKIE, String.join(".", polls), "/", TWO_YEARS, SiteLang.secure(ctx), true,
        null, SameSite.LAX));
  }

  private static Set<String> voted(Context ctx) {
    Set<String> polls = new LinkedHashSet<>();
    String value = ctx.cookie(VOTED_COOKIE);
    if (value != null) {
      for (String id : value.split("\\.")) {
        if (Poll.isValidId(id)) {
          polls.add(id);
        }
      }
    }
    return polls;
  }

  static byte[] loadOrCreateKey(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.write(tmp, Base64.getEncoder().encode(fresh), StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        }
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file);
        }
      }
      byte[] key = Base64.getDecoder().decode(new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).trim());
      if (key.length < 32) {
        throw new IllegalStateException(file + " must hold at least 32 bytes in Base64; delete it to make a new key");
      }
      return key;
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(file + " is not Base64; delete it to make a new key", e);
    } catch (IOException e) {
      throw new UncheckedIOException("the voter cookie key " + file + " cannot be read or created", e);
    }
  }
}
