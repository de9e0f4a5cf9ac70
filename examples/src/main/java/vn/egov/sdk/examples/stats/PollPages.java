package vn.egov.sdk.examples.stats;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.examples.PageBlock;
import vn.egov.sdk.examples.PortalContext;
import vn.egov.sdk.examples.Routes;
import vn.egov.sdk.examples.site.PollView;
import vn.egov.sdk.examples.site.Site;
import vn.egov.sdk.examples.site.SiteLang;
import vn.egov.sdk.stats.OptionResult;
import vn.egov.sdk.stats.PollException;
import vn.egov.sdk.stats.PollResults;
import vn.egov.sdk.stats.PollStatus;
import vn.egov.sdk.stats.Polls;
import vn.egov.sdk.stats.StoreUnavailableException;

/**
 * The reader poll on the site: the home page's block (the form while this browser may vote, else the
 * results), the poll's own page {@code GET /binh-chon/{id}} (results for everyone, voter or not), and
 * voting {@code POST /binh-chon/{id}} with the chosen options as {@code luaChon}. Without JavaScript the
 * vote is a form post answered with a redirect (303) to the results; with it, {@code site.js} posts the
 * same form with {@code Accept: application/json} and puts the returned block in place. The voter is
 * the browser's signed {@link VoterCookie}; the store counts one ballot per voter.
 */
final class PollPages implements Routes {
  /** Seconds a voter is asked to wait when the store does not answer. */
  static final int RETRY_AFTER_SECONDS = 30;

  private final PortalContext context;
  private final Polls polls;
  private final VoterCookie voters;

  PollPages(PortalContext context, Polls polls, VoterCookie voters) {
    this.context = context;
    this.polls = polls;
    this.voters = voters;
  }

  /** The home page's block: the first open poll, else the first poll. */
  PageBlock block() {
    return new PageBlock() {
      @Override
      public String id() {
        return "poll";
      }

      @Override
      public String render(Context ctx, Language lang) {
        List<PollResults> all;
        try {
          all = polls.list();
        } catch (StoreUnavailableException e) {
          return "<section class=\"egov-poll\"><h2>" + lang.pick("Thăm dò ý kiến", "Reader poll")
              + "</h2><p class=\"egov-notice\">" + StatsWidgets.unavailable(lang) + "</p></section>";
        }
        if (all.isEmpty()) {
          return "<section class=\"egov-poll\"><h2>" + lang.pick("Thăm dò ý kiến", "Reader poll")
              + "</h2><p>" + lang.pick("Chưa có cuộc thăm dò nào.", "No poll yet.") + "</p></section>";
        }
        PollResults chosen = all.stream().filter(r -> r.status() == PollStatus.OPEN).findFirst().orElse(all.get(0));
        return context.site().renderToString("poll.jte", Site.params("m", view(ctx, chosen, lang, false)));
      }
    };
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/binh-chon/{id}", this::page);
    routes.post("/binh-chon/{id}", this::vote);
  }

  private void page(Context ctx) {
    Language lang = SiteLang.of(ctx);
    PollResults r;
    try {
      r = polls.results(ctx.pathParam("id"));
    } catch (PollException e) {
      message(ctx, 404, lang.pick("Không tìm thấy cuộc thăm dò", "Poll not found"),
          lang.pick("Không có cuộc thăm dò với mã này.", "No poll has this id."));
      return;
    } catch (StoreUnavailableException e) {
      unavailable(ctx, lang);
      return;
    }
    context.pageViewed(ctx);
    PollView view = view(ctx, r, lang, true);
    String thanks = ctx.queryParam("thong-bao");
    if ("cam-on".equals(thanks)) {
      view = view.withMessage(lang.pick("Cảm ơn bạn đã bình chọn. Phiếu của bạn đã được ghi nhận.",
          "Thank you for voting. Your vote has been counted."), "ok");
    } else if ("da-binh-chon".equals(thanks)) {
      view = view.withMessage(lang.pick("Bạn đã bình chọn trước đó; mỗi trình duyệt chỉ được bình chọn một lần.",
          "You had already voted; each browser can vote once."), "info");
    }
    render(ctx, 200, view);
  }

  private void vote(Context ctx) {
    Language lang = SiteLang.of(ctx);
    String pollId = ctx.pathParam("id");
    boolean json = wantsJson(ctx);
    List<String> chosen = ctx.formParams("luaChon");
    String voterId = voters.voterId(ctx);
    String outcome;
    PollResults results;
    try {
      results = polls.vote(pollId, voterId, chosen);
      outcome = "cam-on";
    } catch (PollException e) {
      if (e.reason() == PollException.Reason.POLL_NOT_FOUND) {
        if (json) {
          answer(ctx, 404, "POLL_NOT_FOUND", null, lang.pick("Không có cuộc thăm dò với mã này.", "No poll has this id."));
        } else {
          message(ctx, 404, lang.pick("Không tìm thấy cuộc thăm dò", "Poll not found"),
              lang.pick("Không có cuộc thăm dò với mã này.", "No poll has this id."));
        }
        return;
      }
      if (e.reason() == PollException.Reason.ALREADY_VOTED) {
        voters.rememberVote(ctx, pollId);
        outcome = "da-binh-chon";
        results = current(pollId);
      } else {
        int status = switch (e.reason()) {
          case POLL_CLOSED, POLL_NOT_OPEN -> 409;
          default -> 400;
        };
        String text = switch (e.reason()) {
          case POLL_CLOSED -> lang.pick("Cuộc thăm dò đã kết thúc; không nhận thêm phiếu.", "The poll is closed; no more votes are taken.");
          case POLL_NOT_OPEN -> lang.pick("Cuộc thăm dò chưa mở.", "The poll is not open yet.");
          case TOO_MANY_CHOICES -> lang.pick("Bạn đã chọn quá số phương án cho phép.", "You chose more options than allowed.");
          default -> lang.pick("Hãy chọn một phương án trước khi bình chọn.", "Choose an option before voting.");
        };
        PollResults r = current(pollId);
        if (r == null) {
          unavailable(ctx, lang);
          return;
        }
        PollView view = view(ctx, r, lang, !json).withMessage(text, "error");
        if (json) {
          answer(ctx, status, e.reason().name(), view, text);
        } else {
          render(ctx, status, view);
        }
        return;
      }
    } catch (StoreUnavailableException e) {
      ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
      String text = lang.pick("Chưa ghi nhận được phiếu vì hệ thống đang bận. Vui lòng thử lại sau ít phút.",
          "Your vote could not be recorded because the system is busy. Please try again in a few minutes.");
      if (json) {
        answer(ctx, 503, "STORE_UNAVAILABLE", null, text);
      } else {
        message(ctx, 503, lang.pick("Chưa ghi nhận được phiếu", "The vote was not recorded"), text);
      }
      return;
    }
    voters.rememberVote(ctx, pollId);
    if (json) {
      PollView view = results == null ? null : view(ctx, results, lang, false, true).withMessage(
          outcome.equals("cam-on")
              ? lang.pick("Cảm ơn bạn đã bình chọn. Phiếu của bạn đã được ghi nhận.", "Thank you for voting. Your vote has been counted.")
              : lang.pick("Bạn đã bình chọn trước đó; mỗi trình duyệt chỉ được bình chọn một lần.", "You had already voted; each browser can vote once."),
          outcome.equals("cam-on") ? "ok" : "info");
      answer(ctx, outcome.equals("cam-on") ? 201 : 409, outcome.equals("cam-on") ? "VOTED" : "ALREADY_VOTED", view, null);
      return;
    }
    ctx.redirect("/binh-chon/" + Site.enc(pollId) + "?thong-bao=" + outcome, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private PollResults current(String pollId) {
    try {
      return polls.results(pollId);
    } catch (PollException | StoreUnavailableException e) {
      return null;
    }
  }

  private PollView view(Context ctx, PollResults r, Language lang, boolean standalone) {
    return view(ctx, r, lang, standalone, voters.hasVoted(ctx, r.poll().id()));
  }

  private PollView view(Context ctx, PollResults r, Language lang, boolean standalone, boolean voted) {
    List<PollView.Row> rows = r.options().stream()
        .map((OptionResult o) -> new PollView.Row(o.id(), o.text(), o.votes(), o.percent())).toList();
    String status = switch (r.status()) {
      case SCHEDULED -> lang.pick("Chưa mở", "Not open yet");
      case OPEN -> lang.pick("Đang mở", "Open");
      case CLOSED -> lang.pick("Đã kết thúc", "Closed");
    };
    return new PollView(r.poll().id(), r.poll().question(), rows, r.totalVoters(), status,
        r.status() == PollStatus.OPEN && !voted, voted, r.poll().maxChoices() > 1, r.poll().maxChoices(),
        r.poll().sample(), null, null, standalone, lang);
  }

  private static boolean wantsJson(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("application/json");
  }

  private void render(Context ctx, int status, PollView view) {
    Site site = context.site();
    site.render(ctx, status, "poll-page.jte", Site.params(
        "c", site.chrome(ctx, view.lang().pick("Thăm dò ý kiến", "Reader poll"), ""), "m", view));
  }

  private void answer(Context ctx, int status, String outcome, PollView view, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("outcome", outcome);
    body.put("message", message);
    body.put("html", view == null ? null : context.site().renderToString("poll.jte", Site.params("m", view)));
    ctx.header("Cache-Control", "no-store");
    ctx.status(status).json(body);
  }

  private void message(Context ctx, int status, String heading, String text) {
    Site site = context.site();
    site.render(ctx, status, "message.jte", Site.params("c", site.chrome(ctx, heading, ""), "heading", heading,
        "text", text));
  }

  private void unavailable(Context ctx, Language lang) {
    ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    message(ctx, 503, lang.pick("Tạm thời chưa hiển thị được", "Not available right now"),
        StatsWidgets.unavailable(lang));
  }
}
