package vn.egov.sdk.examples.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's styles and scripts, served from the jar under {@code /static/<name>}. Pages link them as
 * {@code /static/<name>?v=<content hash>}: a response to such a versioned URL may be cached for a year
 * ({@code immutable}), since a new version gets a new URL; an unversioned one for five minutes. Every
 * answer carries a strong {@code ETag}, and {@code If-None-Match} gets a 304. Nothing is loaded from
 * another site: no CDN, no web font.
 */
public final class StaticAssets {
  /** Where the files are on the class path. */
  static final String ROOT = "vn/egov/sdk/examples/static/";
  static final String VERSIONED_CACHE = "public, max-age=31536000, immutable";
  static final String UNVERSIONED_CACHE = "public, max-age=300";

  /** One file: its bytes, media type and content hash. */
  public record Asset(String name, byte[] bytes, String contentType, String hash) {
    public String url() {
      return "/static/" + name + "?v=" + hash;
    }

    String etag() {
      return "\"" + hash + "\"";
    }
  }

  private final Map<String, Asset> assets = new LinkedHashMap<>();

  /** Loads the named files now, so that a missing one stops the server at start, not a page later. */
  public StaticAssets(List<String> names) {
    for (String name : names) {
      assets.put(name, load(name));
    }
  }

  public static StaticAssets site() {
    return new StaticAssets(List.of("site.css", "site.js", "form.js", "schema-check.js", "emblem.svg"));
  }

  /** The versioned URL of a file; fails for a file the site does not ship (a bug in a template). */
  public String url(String name) {
    Asset a = assets.get(name);
    if (a == null) {
      throw new IllegalArgumentException("no static file " + name);
    }
    return a.url();
  }

  public Optional<Asset> asset(String name) {
    return Optional.ofNullable(assets.get(name));
  }

  public void register(RoutesConfig routes) {
    routes.get("/static/{name}", this::serve);
  }

  private void serve(Context ctx) {
    Asset a = assets.get(ctx.pathParam("name"));
    if (a == null) {
      ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found");
      return;
    }
    ctx.header("ETag", a.etag());
    ctx.header("Cache-Control", a.hash().equals(ctx.queryParam("v")) ? VERSIONED_CACHE : UNVERSIONED_CACHE);
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null && (ifNoneMatch.contains(a.etag()) || ifNoneMatch.trim().equals("*"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(a.contentType()).result(a.bytes());
  }

  private static Asset load(String name) {
    try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("static file " + name + " is missing from the jar");
      }
      byte[] bytes = in.readAllBytes();
      return new Asset(name, bytes, contentType(name), hash(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("static file " + name + " cannot be read", e);
    }
  }

  static String contentType(String name) {
    if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (name.endsWith(".svg")) {
      return "image/svg+xml";
    }
    if (name.endsWith(".png")) {
      return "image/png";
    }
    return "application/octet-stream";
  }

  private static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
