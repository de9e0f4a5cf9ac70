package vn.egov.sdk.examples;

import vn.egov.sdk.core.Html;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.egov.sdk.core.catalog.Catalog;
import vn.egov.sdk.core.Channel;
import vn.egov.sdk.core.ChannelType;
import vn.egov.sdk.core.DossierDocument;
import vn.egov.sdk.core.DossierGroup;
import vn.egov.sdk.core.Fee;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.ResultDelivery;
import vn.egov.sdk.examples.site.DossierPage;
import vn.egov.sdk.examples.site.FormPage;
import vn.egov.sdk.examples.site.Site;
import vn.egov.sdk.examples.site.SiteLang;
import vn.egov.sdk.forms.desk.Dossier;
import vn.egov.sdk.forms.desk.DossierDesk;
import vn.egov.sdk.forms.FormDefinition;
import vn.egov.sdk.forms.FormHtmlRenderer;
import vn.egov.sdk.forms.desk.IdempotencyKeyReusedException;
import vn.egov.sdk.forms.desk.InvalidDossierException;
import vn.egov.sdk.forms.desk.Receipt;
import vn.egov.sdk.forms.RenderMode;
import vn.egov.sdk.forms.desk.StatusChange;
import vn.egov.sdk.forms.Submission;
import vn.egov.sdk.forms.desk.UnknownFormException;
import vn.egov.sdk.core.Problem;

/**
 * The e-forms as people use them: {@code GET /forms/{id}} (the form to fill in, or with
 * {@code ?print=1} the printable one), {@code POST /forms/{id}} (filing from the browser: a redirect
 * (303) to the receipt, or the form again with what was entered, every error at its field and a
 * summary linking to them, 422), {@code GET /ho-so/{code}} (the receipt and the dossier's status) and
 * the status lookup {@code GET /tra-cuu-ho-so?ma=…}. With JavaScript, {@code form.js} shows and hides
 * conditional fields, checks each field when it is left (the form's JSON Schema in the browser, the
 * validate endpoint for rules across fields) and attachments before upload; without it the form still
 * posts and the server's errors are shown.
 */
final class FormPages implements Routes {
  private static final Pattern DOSSIER_CODE = Pattern.compile("[0-9A-Z.\\-]{1,64}");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private final PortalContext context;
  private final FormsRoutes forms;
  private final DossierDesk desk;
  private final Catalog catalog;
  private final FormHtmlRenderer renderer = new FormHtmlRenderer();
  /** Problem codes that are a notice above the form, not an error of a field. */
  private static final java.util.Set<String> NOTICES = java.util.Set.of("RESUBMITTED", "STORE_UNAVAILABLE");

  FormPages(PortalContext context, FormsRoutes forms, DossierDesk desk, Catalog catalog) {
    this.context = context;
    this.forms = forms;
    this.desk = desk;
    this.catalog = catalog;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/forms/{id}", this::formPage);
    routes.post("/forms/{id}", ctx -> {
      Language lang = SiteLang.of(ctx);
      FormDefinition form = desk.form(ctx.pathParam("id")).orElse(null);
      if (form == null) {
        notFound(ctx, lang);
        return;
      }
      Submission submission = forms.readBrowserPost(ctx, lang, form);
      String key = ctx.formParam("idempotencyKey");
      fileFromBrowser(ctx, lang, form, submission, key);
    });
    routes.get("/ho-so/{code}", this::dossierPage);
    routes.get("/tra-cuu-ho-so", this::lookup);
  }

  private void formPage(Context ctx) {
    Language lang = SiteLang.of(ctx);
    FormDefinition form = desk.form(ctx.pathParam("id")).orElse(null);
    if (form == null) {
      notFound(ctx, lang);
      return;
    }
    context.pageViewed(ctx);
    boolean print = "1".equals(ctx.queryParam("print"));
    render(ctx, lang, form, print ? RenderMode.PRINTABLE : RenderMode.SUBMITTABLE, null, List.of(), 200);
  }

  /** Files a dossier posted by a browser: 303 to its receipt, or 422 with the form and its errors. */
  void fileFromBrowser(Context ctx, Language lang, FormDefinition form, Submission submission, String key) {
    if (key == null || !DossierDesk.isValidIdempotencyKey(key)) {
      render(ctx, lang, form, RenderMode.SUBMITTABLE, submission.data(), List.of(), 400);
      return;
    }
    try {
      Receipt r = desk.file(submission, key);
      ctx.redirect("/ho-so/" + Site.enc(r.dossierCode()) + "?moi=1", HttpStatus.SEE_OTHER);
    } catch (InvalidDossierException e) {
      render(ctx, lang, form, RenderMode.SUBMITTABLE, submission.data(), e.report().problems(lang), 422);
    } catch (IdempotencyKeyReusedException e) {
      // the same page was sent before with other content (back button, edit, send again)
      render(ctx, lang, form, RenderMode.SUBMITTABLE, submission.data(), List.of(new Problem("",
          "RESUBMITTED", "")), 409);
    } catch (UnknownFormException e) {
      notFound(ctx, lang);
    } catch (vn.egov.sdk.forms.desk.DossierStoreUnavailableException e) {
      // Nothing was filed: the form comes back with what the applicant typed, to send again later
      // (the page keeps its idempotency key, so a filing that did commit is not filed twice).
      ctx.header("Retry-After", String.valueOf(PortalApp.STORE_RETRY_AFTER_SECONDS));
      render(ctx, lang, form, RenderMode.SUBMITTABLE, submission.data(), List.of(new Problem("",
          "STORE_UNAVAILABLE", "")), 503, key);
    }
  }

  private void render(Context ctx, Language lang, FormDefinition form, RenderMode mode, JsonNode values,
      List<Problem> violations, int status) {
    render(ctx, lang, form, mode, values, violations, status, UUID.randomUUID().toString());
  }

  /** Renders the form page; {@code idempotencyKey} goes into the form, for its next submission. */
  private void render(Context ctx, Language lang, FormDefinition form, RenderMode mode, JsonNode values,
      List<Problem> violations, int status, String idempotencyKey) {
    String base = "/forms/" + Site.enc(form.id());
    String html = renderer.render(form, lang, mode, base, idempotencyKey, values,
        violations.stream().filter(v -> !NOTICES.contains(v.code())).toList());
    if (violations.stream().anyMatch(v -> v.code().equals("RESUBMITTED"))) {
      html = "<p class=\"message message--info\" role=\"alert\">" + Html.escape(lang.pick(
          "Trang này đã được gửi trước đó với nội dung khác. Hãy kiểm tra lại rồi nộp lại.",
          "This page was sent before with other content. Check it and submit it again.")) + "</p>\n" + html;
    }
    if (violations.stream().anyMatch(v -> v.code().equals("STORE_UNAVAILABLE"))) {
      html = "<p class=\"message message--info\" role=\"alert\">" + Html.escape(lang.pick(
          "Hệ thống tạm thời chưa nhận được hồ sơ; chưa có gì được ghi nhận. Nội dung bạn đã nhập vẫn còn dưới đây:"
              + " vui lòng gửi lại sau ít phút.",
          "The service could not take the dossier just now; nothing was recorded. What you typed is still below:"
              + " please send it again in a few minutes.")) + "</p>\n" + html;
    }
    Optional<Procedure> procedure = catalog.find(form.procedureCode());
    FormPage page = new FormPage(form.id(), form.title().in(lang), html,
        "/api/forms/" + Site.enc(form.id()) + "/json-schema?lang=" + lang.tag(),
        "/api/forms/" + Site.enc(form.id()) + "/validate?lang=" + lang.tag(),
        procedure.map(p -> "/thu-tuc/" + p.code()).orElse(null), base + "?print=1", base,
        mode == RenderMode.PRINTABLE, status, messages(lang));
    Site site = context.site();
    String title = violations.isEmpty() ? form.title().in(lang)
        : lang.pick("Lỗi: ", "Error: ") + form.title().in(lang);
    site.render(ctx, status, "form.jte", Site.params("c", site.chrome(ctx, title, "forms",
        mode == RenderMode.SUBMITTABLE ? new String[] {"schema-check.js", "form.js"} : new String[0]), "m", page));
  }

  private String messages(Language lang) {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>(FormHtmlRenderer.clientMessages(lang));
    m.put("INVALID", lang.pick("Giá trị không hợp lệ.", "The value is not valid."));
    m.put("FILE_TOO_LARGE", lang.pick("Tệp lớn hơn {max} MB cho phép.", "The file is larger than the {max} MB allowed."));
    m.put("type.number", lang.pick("số", "number"));
    m.put("type.integer", lang.pick("số nguyên", "whole number"));
    m.put("decimal", lang.pick(",", "."));
    m.put("error.prefix", lang.pick("Lỗi: ", "Error: "));
    m.put("title.error", lang.pick("Lỗi: ", "Error: "));
    m.put("summary.one", lang.pick("Có 1 lỗi cần sửa", "There is 1 problem"));
    m.put("summary.many", lang.pick("Có {n} lỗi cần sửa", "There are {n} problems"));
    m.put("group.add", lang.pick("Thêm một dòng", "Add a row"));
    m.put("sending", lang.pick("Đang gửi…", "Sending…"));
    try {
      return context.json().mapper().writeValueAsString(m);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("messages could not be written as JSON", e);
    }
  }

  private void dossierPage(Context ctx) {
    Language lang = SiteLang.of(ctx);
    String code = ctx.pathParam("code");
    Optional<Dossier> found = DOSSIER_CODE.matcher(code).matches() ? desk.find(code) : Optional.empty();
    if (found.isEmpty()) {
      Site site = context.site();
      site.render(ctx, 404, "lookup.jte", Site.params("c", site.chrome(ctx, lang.pick("Tra cứu hồ sơ",
          "Track a dossier"), "dossiers"), "code", code, "error", notFoundText(lang)));
      return;
    }
    context.pageViewed(ctx);
    Dossier d = found.get();
    boolean fresh = "1".equals(ctx.queryParam("moi"));
    Site site = context.site();
    site.render(ctx, 200, "dossier.jte", Site.params("c", site.chrome(ctx,
        fresh ? lang.pick("Giấy tiếp nhận hồ sơ", "Dossier receipt") : lang.pick("Tình trạng hồ sơ", "Dossier status"),
        "dossiers"), "m", page(d, lang, fresh)));
  }

  private void lookup(Context ctx) {
    Language lang = SiteLang.of(ctx);
    String asked = ctx.queryParam("ma");
    Site site = context.site();
    if (asked == null || asked.isBlank()) {
      context.pageViewed(ctx);
      site.render(ctx, 200, "lookup.jte", Site.params("c", site.chrome(ctx, lang.pick("Tra cứu hồ sơ",
          "Track a dossier"), "dossiers"), "code", "", "error", null));
      return;
    }
    String code = asked.strip().toUpperCase(java.util.Locale.ROOT);
    if (DOSSIER_CODE.matcher(code).matches() && desk.find(code).isPresent()) {
      ctx.redirect("/ho-so/" + Site.enc(code), HttpStatus.SEE_OTHER);
      return;
    }
    site.render(ctx, 404, "lookup.jte", Site.params("c", site.chrome(ctx, lang.pick("Tra cứu hồ sơ",
        "Track a dossier"), "dossiers"), "code", asked.length() > 64 ? asked.substring(0, 64) : asked,
        "error", notFoundText(lang)));
  }

  private static String notFoundText(Language lang) {
    return lang.pick("Không tìm thấy hồ sơ với mã này. Hãy kiểm tra lại mã trên giấy tiếp nhận.",
        "No dossier has this code. Check the code on the receipt.");
  }

  private DossierPage page(Dossier d, Language lang, boolean fresh) {
    Optional<Procedure> procedure = catalog.find(d.procedureCode());
    String formTitle = desk.form(d.formId()).map(f -> f.title().in(lang)).orElse(d.formId());
    List<DossierPage.HistoryRow> history = new ArrayList<>();
    for (StatusChange c : d.history()) {
      history.add(new DossierPage.HistoryRow(c.status().label().in(lang), time(c.at()), c.at().toString(),
          c.note().orElse(null)));
    }
    return new DossierPage(d.dossierCode(), d.procedureCode(), procedure.map(Procedure::name).orElse(d.procedureCode()),
        formTitle, time(d.receivedAt()), day(d.dueDate(), lang), d.status().label().in(lang), d.status().code(),
        history, nextSteps(d, procedure, lang), fresh);
  }

  private static String time(OffsetDateTime t) {
    return t.atZoneSameInstant(DossierDesk.ZONE).format(TIME);
  }

  private static String day(java.time.LocalDate d, Language lang) {
    String weekday = d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, lang.locale());
    return weekday.substring(0, 1).toUpperCase(lang.locale()) + weekday.substring(1) + ", " + d.format(DAY);
  }

  /** What the applicant can expect, from the procedure's record. */
  static List<String> nextSteps(Dossier d, Optional<Procedure> procedure, Language lang) {
    List<String> steps = new ArrayList<>();
    String agency = procedure.map(p -> p.competentAgency().name()).orElse(lang.pick("Cơ quan giải quyết", "The agency"));
    steps.add(lang.pick(agency + " kiểm tra hồ sơ. Nếu cần bổ sung, tình trạng hồ sơ chuyển sang «Yêu cầu bổ sung hồ sơ» kèm hướng dẫn.",
        agency + " checks the dossier. If anything is missing, its status changes to “Supplement requested” with instructions."));
    Optional<Channel> online = procedure.flatMap(p -> p.channels().stream().filter(c -> c.type() == ChannelType.ONLINE).findFirst());
    String time = online.map(c -> c.processingTime().display(lang)).orElse(null);
    steps.add(lang.pick("Kết quả được hẹn trả ngày " + d.dueDate().format(DAY)
            + (time == null ? "" : " (thời hạn giải quyết " + time + ", không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ)") + ".",
        "The result is due on " + d.dueDate().format(DAY)
            + (time == null ? "" : " (processing time " + time + ", not counting weekends and public holidays)") + "."));
    online.ifPresent(c -> {
      List<String> paid = c.fees().stream().filter(f -> !f.isFree()).map(Fee::description).toList();
      if (!paid.isEmpty()) {
        steps.add(lang.pick("Nộp phí, lệ phí khi được yêu cầu: " + String.join("; ", paid) + ".",
            "Pay the fees when asked: " + String.join("; ", paid) + "."));
      }
    });
    procedure.ifPresent(p -> {
      List<String> ways = new ArrayList<>();
      for (ResultDelivery r : p.capabilities().resultDelivery().stream().sorted().toList()) {
        ways.add(switch (r) {
          case IN_PERSON -> lang.pick("trực tiếp tại cơ quan", "in person at the agency");
          case ONLINE -> lang.pick("bản điện tử trên Cổng", "an electronic copy on the portal");
          case PUBLIC_POST -> lang.pick("qua bưu chính công ích", "by public post");
        });
      }
      steps.add(lang.pick("Nhận kết quả: " + String.join(", ", ways) + ".", "Receiving the result: " + String.join(", ", ways) + "."));
      if (p.capabilities().presenceRequired()) {
        List<String> originals = new ArrayList<>();
        for (DossierGroup g : p.dossier()) {
          for (DossierDocument doc : g.documents()) {
            if (doc.originals() > 0 && !originals.contains(doc.name())) {
              originals.add(doc.name());
            }
          }
        }
        if (!originals.isEmpty()) {
          steps.add(lang.pick("Mang theo bản chính để đối chiếu: " + String.join("; ", originals) + ".",
              "Bring the originals to be checked: " + String.join("; ", originals) + "."));
        }
      }
    });
    steps.add(lang.pick("Tra cứu tình trạng hồ sơ bất cứ lúc nào bằng mã " + d.dossierCode() + " tại mục «Tra cứu hồ sơ».",
        "Track the dossier at any time with the code " + d.dossierCode() + " under “Track a dossier”."));
    return steps;
  }

  private void notFound(Context ctx, Language lang) {
    Site site = context.site();
    site.render(ctx, 404, "message.jte", Site.params("c", site.chrome(ctx, lang.pick("Không tìm thấy biểu mẫu",
        "Form not found"), "forms"), "heading", lang.pick("Không tìm thấy biểu mẫu", "Form not found"),
        "text", lang.pick("Không có biểu mẫu với mã này.", "No form has this id.")));
  }
}
