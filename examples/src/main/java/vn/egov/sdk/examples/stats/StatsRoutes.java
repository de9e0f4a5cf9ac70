package vn.egov.sdk.examples.stats;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.examples.ApiException;
import vn.egov.sdk.examples.Lang;
import vn.egov.sdk.examples.PortalContext;
import vn.egov.sdk.examples.Routes;
import vn.egov.sdk.stats.InvalidPageViewException;
import vn.egov.sdk.stats.InvalidPollException;
import vn.egov.sdk.stats.PageView;
import vn.egov.sdk.stats.Poll;
import vn.egov.sdk.stats.PollException;
import vn.egov.sdk.stats.PollResults;
import vn.egov.sdk.stats.Polls;
import vn.egov.sdk.stats.StoreUnavailableException;
import vn.egov.sdk.stats.VisitorCounter;

/**
 * The contract's visitor and poll endpoints. Every expected failure is an {@link ApiException} with
 * the contract's code; a store that does not answer is 503 {@code STORE_UNAVAILABLE} (a vote is then
 * not counted, and the voter may try again).
 */
final class StatsRoutes implements Routes {
  private final PortalContext context;
  private final VisitorCounter counter;
  private final Polls polls;
  private final StatsWidgets widgets;

  StatsRoutes(PortalContext context, VisitorCounter counter, Polls polls, StatsWidgets widgets) {
    this.context = context;
    this.counter = counter;
    this.polls = polls;
    this.widgets = widgets;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post("/api/visits", this::recordVisit);
    routes.get("/api/visitors", ctx -> ctx.json(StatsJson.visitors(call(ctx, counter::stats))));
    routes.get("/api/page-views", this::pageViews);
    routes.get("/api/polls", ctx -> ctx.json(Map.of("items",
        call(ctx, polls::list).stream().map(StatsJson::poll).toList())));
    routes.get("/api/polls/{id}", ctx -> ctx.json(StatsJson.poll(
        call(ctx, () -> polls.results(ctx.pathParam("id"))))));
    routes.post("/api/polls/{id}/votes", this::vote);
    routes.post("/api/polls", this::createPoll);
    routes.post("/api/polls/{id}/close", ctx -> {
      context.admin().require(ctx);
      ctx.json(StatsJson.poll(call(ctx, () -> polls.close(ctx.pathParam("id")))));
    });
    routes.get("/widgets/visitors", ctx -> ctx.html(widgets.visitors(Lang.of(ctx))));
    routes.get("/widgets/polls/{id}", this::pollWidget);
  }

  private void recordVisit(Context ctx) {
    Language lang = Lang.of(ctx);
    JsonNode body = context.json().readBody(ctx, "INVALID_VISITOR");
    String visitorId = text(body, "visitorId");
    JsonNode member = body.path("memberId");
    if (visitorId == null || !(member.isMissingNode() || member.isNull() || member.isTextual())) {
      throw invalidVisitor(lang);
    }
    PageView view;
    try {
      view = new PageView(visitorId, member.isTextual() ? member.asText() : null, text(body, "path"));
    } catch (InvalidPageViewException e) {
      throw e.field() == InvalidPageViewException.Field.PATH ? invalidPath(lang) : invalidVisitor(lang);
    }
    boolean accepted = counter.record(view);
    ctx.status(202).json(Map.of("accepted", accepted));
  }

  private void pageViews(Context ctx) {
    String path = PageView.nfc(ctx.queryParam("path"));
    if (!PageView.isValidPath(path)) {
      throw invalidPath(Lang.of(ctx));
    }
    long views = call(ctx, () -> counter.pageViews(path));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("path", path);
    body.put("pageViews", views);
    ctx.json(body);
  }

  private void vote(Context ctx) {
    Language lang = Lang.of(ctx);
    JsonNode body = context.json().readBody(ctx, "INVALID_VOTER");
    String voterId = text(body, "voterId");
    if (voterId == null) {
      throw new ApiException(400, "INVALID_VOTER", message(PollException.Reason.INVALID_VOTER, lang));
    }
    JsonNode options = body.path("optionIds");
    List<String> optionIds = new ArrayList<>();
    if (!options.isArray()) {
      throw new ApiException(400, "INVALID_OPTION", message(PollException.Reason.INVALID_OPTION, lang));
    }
    for (JsonNode o : options) {
      if (!o.isTextual()) {
        throw new ApiException(400, "INVALID_OPTION", message(PollException.Reason.INVALID_OPTION, lang));
      }
      optionIds.add(o.asText());
    }
    PollResults r = call(ctx, () -> polls.vote(ctx.pathParam("id"), voterId, optionIds));
    ctx.status(201).json(StatsJson.poll(r));
  }

  private void createPoll(Context ctx) {
    context.admin().require(ctx);
    Language lang = Lang.of(ctx);
    JsonNode body = context.json().readBody(ctx, "INVALID_POLL");
    List<String> problems = new ArrayList<>();
    String id = body.hasNonNull("id") ? text(body, "id") : "poll-" + UUID.randomUUID().toString().substring(0, 8);
    if (id == null) {
      problems.add("/id: must be a string");
    }
    Poll.Builder b = Poll.builder(id).question(text(body, "question"));
    JsonNode options = body.path("options");
    if (!options.isArray()) {
      problems.add("/options: must be an array of {id, text}");
    } else {
      int i = 0;
      for (JsonNode o : options) {
        i++;
        String optionId = o.hasNonNull("id") ? text(o, "id") : Integer.toString(i);
        String optionText = text(o, "text");
        if (optionId == null || optionText == null) {
          problems.add("/options/" + (i - 1) + ": id and text must be strings");
        } else {
          b.option(optionId, optionText);
        }
      }
    }
    if (body.hasNonNull("maxChoices")) {
      if (body.get("maxChoices").canConvertToExactIntegral() && body.get("maxChoices").canConvertToInt()) {
        b.maxChoices(body.get("maxChoices").intValue());
      } else {
        problems.add("/maxChoices: must be a whole number");
      }
    }
    b.opensAt(instant(body, "opensAt", problems)).closesAt(instant(body, "closesAt", problems));
    Poll poll = null;
    try {
      poll = b.build();
    } catch (InvalidPollException e) {
      e.problems().forEach(p -> problems.add(p.toString()));
    }
    if (!problems.isEmpty()) {
      throw new ApiException(400, "INVALID_POLL", lang.pick("Cuộc thăm dò chưa hợp lệ.",
          "The poll is not valid."), Map.of("problems", problems));
    }
    Poll valid = poll;
    ctx.status(201).json(StatsJson.poll(call(ctx, () -> polls.create(valid))));
  }

  private void pollWidget(Context ctx) {
    Language lang = Lang.of(ctx);
    try {
      ctx.html(widgets.poll(polls.results(ctx.pathParam("id")), lang));
    } catch (PollException e) {
      ctx.status(404).html(StatsWidgets.notFound(lang));
    } catch (StoreUnavailableException e) {
      ctx.status(503).html("<section class=\"egov-poll\"><p class=\"egov-notice\">"
          + StatsWidgets.unavailable(lang) + "</p></section>");
    }
  }

  private static Instant instant(JsonNode body, String field, List<String> problems) {
    if (!body.hasNonNull(field)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(body.get(field).asText()).toInstant();
    } catch (DateTimeParseException e) {
      problems.add("/" + field + ": must be an ISO-8601 time with offset, e.g. 2026-12-01T08:00:00+07:00");
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() ? v.asText() : null;
  }

  /** Runs store work; the stats module's typed failures become the contract's errors. */
  private static <T> T call(Context ctx, Supplier<T> work) {
    Language lang = Lang.of(ctx);
    try {
      return work.get();
    } catch (PollException e) {
      int status = switch (e.reason()) {
        case POLL_NOT_FOUND -> 404;
        case POLL_EXISTS, POLL_NOT_OPEN, POLL_CLOSED, ALREADY_VOTED -> 409;
        case INVALID_OPTION, TOO_MANY_CHOICES, INVALID_VOTER -> 400;
      };
      throw new ApiException(status, e.reason().name(), message(e.reason(), lang));
    } catch (InvalidPageViewException e) {
      throw invalidPath(lang);
    } catch (StoreUnavailableException e) {
      throw new ApiException(503, "STORE_UNAVAILABLE", lang.pick(
          "Kho số liệu tạm thời không truy cập được; chưa có gì được ghi nhận. Vui lòng thử lại sau.",
          "The statistics store cannot be reached right now; nothing was recorded. Please try again later."));
    }
  }

  private static String message(PollException.Reason reason, Language lang) {
    return switch (reason) {
      case POLL_NOT_FOUND -> lang.pick("Không tìm thấy cuộc thăm dò này.", "No such poll.");
      case POLL_EXISTS -> lang.pick("Đã có cuộc thăm dò với mã này.", "A poll with this id exists.");
      case POLL_NOT_OPEN -> lang.pick("Cuộc thăm dò chưa mở.", "The poll is not open yet.");
      case POLL_CLOSED -> lang.pick("Cuộc thăm dò đã kết thúc.", "The poll is closed.");
      case ALREADY_VOTED -> lang.pick("Bạn đã bình chọn cho cuộc thăm dò này.", "You have already voted in this poll.");
      case INVALID_OPTION -> lang.pick("Lựa chọn không hợp lệ.", "The choice is not valid.");
      case TOO_MANY_CHOICES -> lang.pick("Bạn đã chọn quá số phương án cho phép.", "Too many options were chosen.");
      case INVALID_VOTER -> lang.pick("Mã người bình chọn không hợp lệ (1–128 ký tự).",
          "The voter id is not valid (1–128 characters).");
    };
  }

  private static ApiException invalidVisitor(Language lang) {
    return ApiException.badRequest("INVALID_VISITOR", lang.pick(
        "Mã khách truy cập không hợp lệ (1–128 ký tự in được).",
        "The visitor id is not valid (1–128 printable characters)."));
  }

  private static ApiException invalidPath(Language lang) {
    return ApiException.badRequest("INVALID_PATH", lang.pick(
        "Đường dẫn trang không hợp lệ (bắt đầu bằng /, tối đa 512 ký tự).",
        "The page path is not valid (starts with /, at most 512 characters)."));
  }
}
