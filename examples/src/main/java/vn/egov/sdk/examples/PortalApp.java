package vn.egov.sdk.examples;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal server: the SDK's features behind the HTTP contract. Start it with
 * {@link #start(ServerOptions)}; close it to stop the server and release its stores.
 */
public final class PortalApp implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PortalApp.class);
  /** Largest request body accepted, JSON or multipart; a larger one is a 413 PAYLOAD_TOO_LARGE. */
  public static final long MAX_REQUEST_BYTES = 16L * 1024 * 1024;

  /** How long a stop waits for requests in flight before it closes their connections. */
  static final java.time.Duration STOP_TIMEOUT = java.time.Duration.ofSeconds(20);

  private final PortalContext context;
  private final Javalin javalin;
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

  private PortalApp(PortalContext context, Javalin javalin) {
    this.context = context;
    this.javalin = javalin;
  }

  public static PortalApp start(ServerOptions options) {
    return start(options, Clock.systemDefaultZone());
  }

  public static PortalApp start(ServerOptions options, Clock clock) {
    return start(options, clock, List.of());
  }

  /** Starts the server with extra route groups after the built-in features (for tests and embedders). */
  public static PortalApp start(ServerOptions options, Clock clock, List<Routes> extra) {
    PortalContext context = new PortalContext(options, clock);
    try {
      List<Routes> groups = new ArrayList<>(features(context));
      groups.addAll(extra);
      Javalin app = Javalin.create(config -> {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jsonMapper(context.json());
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        // the same bound for multipart bodies (dossiers with attachments), which bypass the one above
        config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, io.javalin.config.SizeUnit.BYTES);
        config.jetty.multipartConfig.maxFileSize(MAX_REQUEST_BYTES, io.javalin.config.SizeUnit.BYTES);
        // A known path asked with another method is a 405, not a 404.
        config.http.prefer405over404 = true;
        config.jetty.host = "127.0.0.1";
        config.jetty.port = options.port();
        config.jetty.modifyServer(server -> {
          server.setErrorHandler(new JsonErrorHandler());
          // An orderly stop: the connectors stop accepting, requests in flight finish (at most
          // STOP_TIMEOUT; a request arriving on a kept-alive connection meanwhile gets 503), and only
          // then does close() flush page views and close the stores. Javalin puts its servlet context
          // inside this wrapper.
          server.setHandler(new org.eclipse.jetty.server.handler.GracefulHandler());
          server.setStopTimeout(STOP_TIMEOUT.toMillis());
        });
        installErrorHandling(config.routes, context);
        // First of all routes: security headers on every response, the origin check, rate limits.
        new vn.egov.sdk.examples.security.SecurityFeature(options.security()).register(config.routes);
        // The contract: JSON is UTF-8 and says so; so are the HTML fragments and pages.
        config.routes.after(ctx -> {
          String type = ctx.res().getContentType();
          if (type != null && !type.contains("charset")
              && (type.startsWith("application/json") || type.startsWith("text/html"))) {
            ctx.contentType(type + "; charset=utf-8");
          }
        });
        new HealthRoutes(context).register(config.routes);
        for (Routes group : groups) {
          group.register(config.routes);
        }
      });
      app.start();
      return new PortalApp(context, app);
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
  }

  /**
   * Every feature of the server, in the order its routes are registered. A new feature adds one
   * line here (and its own {@link Routes} class).
   */
  private static List<Routes> features(PortalContext context) {
    List<Routes> groups = new ArrayList<>();
    groups.addAll(CatalogFeature.routes(context));
    groups.add(new CalendarRoutes(vn.egov.sdk.core.calendar.WorkingCalendar.vietnam()));
    groups.add(new WidgetRoutes(context));
    groups.add(vn.egov.sdk.examples.stats.StatsFeature.install(context));
    groups.add(new FormsRoutes(context));
    return groups;
  }

  /** Seconds a client is told to wait ({@code Retry-After}) when a store does not answer. */
  static final int STORE_RETRY_AFTER_SECONDS = 30;

  private static void installErrorHandling(RoutesConfig routes, PortalContext context) {
    routes.exception(ApiException.class, (e, ctx) -> {
      if (e.status() == 503 && ctx.res().getHeader("Retry-After") == null) {
        ctx.header("Retry-After", String.valueOf(STORE_RETRY_AFTER_SECONDS));
      }
      writeError(ctx, e.status(), e.code(), e.getMessage(), e.details());
    });
    routes.exception(HttpResponseException.class, (e, ctx) -> {
      int status = e.getStatus();
      writeError(ctx, status, codeFor(status), messageFor(ctx, status), Map.of());
    });
    routes.exception(Exception.class, (e, ctx) -> {
      if (isStoreOutage(e)) {
        // A store that did not answer: the write was not acknowledged, the client may retry.
        log.warn("A store did not answer on {} {}: {}", ctx.method(), routeOf(ctx), e.getClass().getName());
        ctx.header("Retry-After", String.valueOf(STORE_RETRY_AFTER_SECONDS));
        if (isPage(ctx)) {
          storeOutagePage(ctx, context);
        } else {
          writeError(ctx, 503, "STORE_UNAVAILABLE", messageFor(ctx, 503), Map.of());
        }
        return;
      }
      // The class name and stack stay in the log, never the message (it may echo personal input) nor
      // the request path (it may carry an id); the response says nothing about any of them.
      log.error("Unhandled failure on {} {}: {}", ctx.method(), routeOf(ctx), e.getClass().getName(),
          RedactedFailure.of(e));
      writeError(ctx, 500, "INTERNAL_ERROR", messageFor(ctx, 500), Map.of());
    });
    for (int status : new int[] {404, 405, 413, 400, 500}) {
      routes.error(status, "*", ctx -> {
        if (ctx.result() == null) {
          writeError(ctx, status, codeFor(status), messageFor(ctx, status), Map.of());
        }
      });
    }
  }

  /**
   * Whether a failure is a store that did not answer (the dossier store, the stats store, a JDBC or
   * Redis connection anywhere in the cause chain) rather than a fault of the server.
   */
  static boolean isStoreOutage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof vn.egov.sdk.forms.desk.DossierStoreUnavailableException
          || t instanceof vn.egov.sdk.stats.StoreUnavailableException
          || t instanceof java.sql.SQLException) {
        return true;
      }
      String name = t.getClass().getName();
      if (name.startsWith("redis.clients.jedis.exceptions.") || name.startsWith("com.zaxxer.hikari.pool.")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the request is for one of the site's HTML pages rather than the JSON API. */
  static boolean isPage(Context ctx) {
    String path = ctx.path();
    return !(path.startsWith("/api/") || path.equals("/health") || path.startsWith("/widgets/"));
  }

  /** A calm page for a browser when a store does not answer: nothing was recorded, try again later. */
  static void storeOutagePage(Context ctx, PortalContext context) {
    vn.egov.sdk.core.Language lang = vn.egov.sdk.examples.site.SiteLang.of(ctx);
    vn.egov.sdk.examples.site.Site site = context.site();
    String heading = lang.pick("Hệ thống tạm thời gián đoạn", "The service is briefly unavailable");
    site.render(ctx, 503, "message.jte", vn.egov.sdk.examples.site.Site.params(
        "c", site.chrome(ctx, heading, ""), "heading", heading, "text", messageFor(ctx, 503)));
  }

  /** The matched route template ({@code /api/dossiers/{code}}), not the request path. */
  private static String routeOf(Context ctx) {
    try {
      return ctx.endpoint().path;
    } catch (RuntimeException noEndpoint) {
      return "(no route)";
    }
  }

  static void writeError(Context ctx, int status, String code, String message, Map<String, Object> details) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    error.putAll(details);
    ctx.status(status);
    ctx.json(Map.of("error", error));
  }

  private static String codeFor(int status) {
    return switch (status) {
      case 400 -> "BAD_REQUEST";
      case 404 -> "NOT_FOUND";
      case 405 -> "METHOD_NOT_ALLOWED";
      case 413 -> "PAYLOAD_TOO_LARGE";
      case 415 -> "UNSUPPORTED_MEDIA_TYPE";
      default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
    };
  }

  private static String messageFor(Context ctx, int status) {
    vn.egov.sdk.core.Language lang = Lang.of(ctx);
    return switch (status) {
      case 404 -> lang.pick("Không tìm thấy địa chỉ này.", "No such resource.");
      case 405 -> lang.pick("Phương thức không được hỗ trợ.", "Method not allowed.");
      case 413 -> lang.pick("Nội dung gửi lên quá lớn.", "The request body is too large.");
      case 415 -> lang.pick("Kiểu nội dung không được hỗ trợ.", "Unsupported content type.");
      case 503 -> lang.pick("Hệ thống lưu trữ tạm thời chưa sẵn sàng; chưa có gì được ghi nhận. Vui lòng thử lại sau ít phút.",
          "The store is not available right now; nothing was recorded. Please try again in a few minutes.");
      default -> status >= 500
          ? lang.pick("Đã có lỗi ở máy chủ. Vui lòng thử lại sau.", "Something went wrong on the server. Please try again later.")
          : lang.pick("Yêu cầu không hợp lệ.", "The request is not valid.");
    };
  }

  public int port() {
    return javalin.port();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port() + "/";
  }

  public PortalContext context() {
    return context;
  }

  /**
   * Stops the server in order, once (later calls return at once): stop accepting requests, let the
   * ones in flight finish (at most {@link #STOP_TIMEOUT}), then close the features' resources in
   * reverse order of opening — the visitor counter flushes its buffered page views before the stats
   * store under it closes. The portal's one shutdown hook ({@link PortalServer}) runs this; no store
   * the SDK opens registers a hook of its own that could close it earlier.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      javalin.stop();
    } finally {
      context.close();
    }
  }
}
