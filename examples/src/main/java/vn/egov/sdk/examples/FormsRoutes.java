package vn.egov.sdk.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.sdk.core.catalog.Catalog;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.Problem;
import vn.egov.sdk.core.calendar.WorkingCalendar;
import vn.egov.sdk.forms.Attachment;
import vn.egov.sdk.forms.desk.Dossier;
import vn.egov.sdk.forms.desk.DossierDesk;
import vn.egov.sdk.forms.desk.DossierStatus;
import vn.egov.sdk.forms.FormDefinition;
import vn.egov.sdk.forms.FormDefinitions;
import vn.egov.sdk.forms.FormPostDecoder;
import vn.egov.sdk.forms.desk.IdempotencyKeyReusedException;
import vn.egov.sdk.forms.desk.InvalidDossierException;
import vn.egov.sdk.forms.desk.InvalidTransitionException;
import vn.egov.sdk.forms.JsonSchemaExporter;
import vn.egov.sdk.forms.desk.ProcedureDirectory;
import vn.egov.sdk.forms.desk.Receipt;
import vn.egov.sdk.forms.desk.StatusChange;
import vn.egov.sdk.forms.Submission;
import vn.egov.sdk.forms.desk.UnknownFormException;
import vn.egov.sdk.core.Html;

/**
 * Forms and dossiers of the HTTP contract: the sample forms as JSON, JSON Schema and HTML, validation,
 * and the reference receiving service. Dossiers live in the embedded SQLite file
 * {@code <data dir>/dossiers.db} (an earlier version's H2 file {@code dossiers.mv.db} is kept while it
 * is the only one there), or in PostgreSQL when {@code --stats-store} is a {@code jdbc:postgresql://}
 * URL (tables {@code dossier*}).
 */
public final class FormsRoutes implements Routes {
  private static final int MAX_FILES = 20;
  /** The actor of a status change made with the admin token when the body names none. */
  static final String ADMIN_ACTOR = "admin";

  private final PortalContext context;
  private final DossierDesk desk;
  private final JsonSchemaExporter exporter = new JsonSchemaExporter();
  private final FormPostDecoder decoder = new FormPostDecoder();
  private final FormPages pages;

  public FormsRoutes(PortalContext context) {
    this.context = context;
    DossierDesk.Builder builder = DossierDesk.builder()
        .forms(FormDefinitions.samples())
        .procedures(ProcedureDirectory.of(Catalog.sample()))
        .workingDays(vn.egov.sdk.forms.desk.WorkingDays.of(WorkingCalendar.vietnam()))
        .clock(context.clock());
    String store = context.options().statsStore().orElse("");
    if (store.startsWith("jdbc:postgresql://")) {
      builder.jdbcUrl(store);
    } else {
      try {
        Files.createDirectories(context.options().dataDir());
      } catch (IOException e) {
        throw new UncheckedIOException("the data directory cannot be created", e);
      }
      builder.dataDir(context.options().dataDir());
    }
    this.desk = context.closeLater(builder.build());
    this.pages = new FormPages(context, this, desk, Catalog.sample());
    context.addHealth(() -> desk.healthy()
        ? new HealthContributor.Health("dossiers", HealthContributor.Status.UP, desk.forms().size() + " forms")
        : new HealthContributor.Health("dossiers", HealthContributor.Status.DOWN, "the dossier store does not answer"));
    for (FormDefinition f : desk.forms()) {
      context.linkForm(f.procedureCode(), f.id());
    }
    context.addPageBlock(PageBlock.of("forms", PageBlock.Slot.MAIN, lang -> {
      StringBuilder html = new StringBuilder("<h2>").append(lang.pick("Biểu mẫu điện tử", "E-forms"))
          .append("</h2>\n<ul class=\"forms\">\n");
      for (FormDefinition f : desk.forms()) {
        String href = "/forms/" + Html.escape(f.id()) + "?lang=" + lang.tag();
        html.append("<li><a href=\"").append(href).append("\">").append(Html.escape(f.title().in(lang)))
            .append("</a> (<a href=\"").append(href).append("&amp;print=1\">")
            .append(lang.pick("bản in", "printable")).append("</a>)</li>\n");
      }
      return html.append("</ul>\n").toString();
    }));
  }

  public DossierDesk desk() {
    return desk;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/forms", ctx -> {
      Language lang = Lang.of(ctx);
      List<Map<String, Object>> items = new ArrayList<>();
      for (FormDefinition f : desk.forms()) {
        items.add(ordered("id", f.id(), "version", f.version(), "title", f.title().in(lang),
            "procedureCode", f.procedureCode()));
      }
      ctx.json(Map.of("items", items));
    });
    routes.get("/api/forms/{id}", ctx -> ctx.json(form(ctx).json()));
    routes.get("/api/forms/{id}/json-schema", ctx -> ctx.json(exporter.export(form(ctx), Lang.of(ctx))));
    pages.register(routes);
    routes.post("/api/forms/{id}/validate", ctx -> {
      FormDefinition form = form(ctx);
      JsonNode data = context.json().readBody(ctx, "INVALID_JSON");
      Language lang = Lang.of(ctx);
      List<Problem> violations = desk.validate(form.id(), data).orElseThrow().problems(lang);
      ctx.json(ordered("valid", violations.isEmpty(), "violations", violations(violations)));
    });
    routes.post("/api/dossiers", this::file);
    routes.get("/api/dossiers/{code}", ctx -> ctx.json(view(dossier(ctx), Lang.of(ctx))));
    routes.post("/api/dossiers/{code}/status", ctx -> {
      context.admin().require(ctx);
      Language lang = Lang.of(ctx);
      JsonNode body = context.json().readBody(ctx, "INVALID_JSON");
      JsonNode code = body.path("code");
      JsonNode note = body.path("note");
      JsonNode actor = body.path("actor");
      DossierStatus to = code.isIntegralNumber() && code.canConvertToInt()
          ? DossierStatus.ofCode(code.asInt()).orElse(null) : null;
      boolean actorOk = actor.isMissingNode() || actor.isNull() || (actor.isTextual() && !actor.asText().isBlank()
          && actor.asText().strip().length() <= StatusChange.MAX_ACTOR);
      if (to == null || !actorOk
          || !(note.isMissingNode() || note.isNull() || (note.isTextual() && note.asText().length() <= 2000))) {
        throw ApiException.badRequest("INVALID_STATUS", lang.pick(
            "Cần {\"code\": 1–10, \"note\": văn bản tối đa 2000 ký tự, \"actor\": người thực hiện, 1–200 ký tự}.",
            "Expected {\"code\": 1–10, \"note\": text of at most 2000 characters,"
                + " \"actor\": who makes the change, 1–200 characters}."));
      }
      String dossierCode = ctx.pathParam("code");
      // who made the change: the body's actor, else the only identity the server knows, its admin token
      String by = actor.isTextual() ? actor.asText() : ADMIN_ACTOR;
      try {
        Dossier moved = desk.move(dossierCode, to, note.isTextual() ? note.asText() : null, by)
            .orElseThrow(() -> notFound(lang));
        ctx.json(view(moved, lang));
      } catch (InvalidTransitionException e) {
        throw new ApiException(409, "INVALID_TRANSITION", lang.pick(
            "Không thể chuyển hồ sơ từ trạng thái \"" + e.from().label().vi() + "\" sang \""
                + e.to().label().vi() + "\".",
            "A dossier cannot move from \"" + e.from().label().en() + "\" to \"" + e.to().label().en() + "\"."),
            Map.of("from", e.from().code(), "to", e.to().code()));
      }
    });
  }

  private void file(Context ctx) {
    Language lang = Lang.of(ctx);
    Submission submission;
    String key = ctx.header("Idempotency-Key");
    if (ctx.isMultipartFormData()) {
      submission = multipart(ctx, lang);
      if (key == null) {
        key = ctx.formParam("idempotencyKey");
      }
      String accept = ctx.header("Accept");
      if (accept != null && accept.contains("text/html")) {
        // a browser's form post (an HTML form of an older page): answered as the site's form page does
        pages.fileFromBrowser(ctx, vn.egov.sdk.examples.site.SiteLang.of(ctx),
            desk.form(submission.formId()).orElseThrow(() -> formNotFound(lang)), submission, key);
        return;
      }
    } else {
      JsonNode body = context.json().readBody(ctx, "INVALID_JSON");
      if (!body.isObject() || !body.path("formId").isTextual() || !body.has("data")) {
        throw ApiException.badRequest("INVALID_DOSSIER", lang.pick(
            "Cần {\"formId\": \"…\", \"data\": {…}}.", "Expected {\"formId\": \"…\", \"data\": {…}}."));
      }
      submission = new Submission(body.get("formId").asText(), body.get("data"), List.of());
    }
    if (key == null || key.isEmpty()) {
      throw ApiException.badRequest("IDEMPOTENCY_KEY_REQUIRED", lang.pick(
          "Cần tiêu đề Idempotency-Key.", "The Idempotency-Key header is required."));
    }
    if (!DossierDesk.isValidIdempotencyKey(key)) {
      throw ApiException.badRequest("INVALID_IDEMPOTENCY_KEY", lang.pick(
          "Idempotency-Key gồm 1–200 ký tự ASCII in được.", "An Idempotency-Key is 1–200 printable ASCII characters."));
    }
    try {
      Receipt r = desk.file(submission, key);
      ctx.status(201);
      ctx.json(ordered("dossierCode", r.dossierCode(), "procedureCode", r.procedureCode(),
          "status", status(r.status(), lang), "receivedAt", r.receivedAt(), "dueDate", r.dueDate()));
    } catch (InvalidDossierException e) {
      throw new ApiException(422, "VALIDATION_FAILED", lang.pick(
          "Hồ sơ chưa hợp lệ; xem danh sách lỗi.", "The dossier is not valid; see the violations."),
          Map.of("violations", violations(e.report().problems(lang))));
    } catch (IdempotencyKeyReusedException e) {
      throw new ApiException(409, "IDEMPOTENCY_KEY_REUSED", lang.pick(
          "Idempotency-Key này đã được dùng cho một hồ sơ khác.",
          "This Idempotency-Key was already used for another dossier."));
    } catch (UnknownFormException e) {
      throw formNotFound(lang);
    }
  }

  /**
   * The submission of a browser's form post to {@code /forms/{id}}: multipart (the rendered form's
   * encoding, with its files) or, from a client that sends it so, URL-encoded fields.
   */
  Submission readBrowserPost(Context ctx, Language lang, FormDefinition form) {
    if (ctx.isMultipartFormData()) {
      Submission s = multipart(ctx, lang);
      if (!s.formId().equals(form.id())) {
        throw formNotFound(lang);
      }
      return s;
    }
    return new Submission(form.id(), decoder.decode(form, ctx.formParamMap()), List.of());
  }

  private Submission multipart(Context ctx, Language lang) {
    if (ctx.req().getContentLengthLong() > PortalApp.MAX_REQUEST_BYTES) {
      throw new ApiException(413, "PAYLOAD_TOO_LARGE", lang.pick(
          "Nội dung gửi lên quá lớn.", "The request body is too large."));
    }
    try {
      return readMultipart(ctx, lang);
    } catch (ApiException e) {
      throw e;
    } catch (Exception e) {
      // a malformed body surfaces from the servlet layer as one of several exception types
      throw ApiException.badRequest("INVALID_MULTIPART", lang.pick(
          "Nội dung multipart không hợp lệ.", "The multipart body is not valid."));
    }
  }

  private Submission readMultipart(Context ctx, Language lang) throws IOException {
    String formId = ctx.formParam("formId");
    FormDefinition form = formId == null ? null : desk.form(formId).orElse(null);
    if (form == null) {
      throw formNotFound(lang);
    }
    String dataText = ctx.formParam("data");
    JsonNode data;
    if (dataText != null) {
      try {
        data = context.json().mapper().readTree(dataText);
      } catch (IOException | RuntimeException e) {
        throw ApiException.badRequest("INVALID_JSON", lang.pick(
            "Phần \"data\" không phải JSON hợp lệ.", "The \"data\" part is not valid JSON."));
      }
      if (data == null || data.isMissingNode()) {
        throw ApiException.badRequest("INVALID_JSON", lang.pick(
            "Phần \"data\" không phải JSON hợp lệ.", "The \"data\" part is not valid JSON."));
      }
    } else {
      data = decoder.decode(form, ctx.formParamMap());
    }
    List<Attachment> attachments = new ArrayList<>();
    for (Map.Entry<String, List<UploadedFile>> e : ctx.uploadedFileMap().entrySet()) {
      for (UploadedFile f : e.getValue()) {
        if (f.size() == 0 && f.filename().isEmpty()) {
          continue; // an empty file input of an HTML form
        }
        if (attachments.size() >= MAX_FILES) {
          throw ApiException.badRequest("TOO_MANY_FILES", lang.pick(
              "Quá nhiều tệp đính kèm.", "Too many attached files."));
        }
        try (InputStream in = f.content()) {
          attachments.add(new Attachment(e.getKey(), f.filename(),
              f.contentType() == null ? "application/octet-stream" : f.contentType(), in.readAllBytes()));
        } catch (IOException ex) {
          throw ApiException.badRequest("INVALID_MULTIPART", lang.pick(
              "Không đọc được tệp đính kèm.", "An attached file could not be read."));
        }
      }
    }
    return new Submission(form.id(), data, attachments);
  }

  private FormDefinition form(Context ctx) {
    return desk.form(ctx.pathParam("id")).orElseThrow(() -> formNotFound(Lang.of(ctx)));
  }

  private Dossier dossier(Context ctx) {
    return desk.find(ctx.pathParam("code")).orElseThrow(() -> notFound(Lang.of(ctx)));
  }

  private static ApiException formNotFound(Language lang) {
    return ApiException.notFound("FORM_NOT_FOUND", lang.pick("Không có biểu mẫu này.", "No such form."));
  }

  private static ApiException notFound(Language lang) {
    return ApiException.notFound("DOSSIER_NOT_FOUND", lang.pick("Không có hồ sơ với mã này.", "No dossier has this code."));
  }

  private static Map<String, Object> view(Dossier d, Language lang) {
    List<Map<String, Object>> history = new ArrayList<>();
    for (StatusChange c : d.history()) {
      history.add(ordered("status", status(c.status(), lang), "at", c.at(), "note", c.note().orElse(null),
          "actor", c.actor().orElse(null)));
    }
    return ordered("dossierCode", d.dossierCode(), "procedureCode", d.procedureCode(), "formId", d.formId(),
        "status", status(d.status(), lang), "receivedAt", d.receivedAt(), "dueDate", d.dueDate(),
        "history", history);
  }

  private static Map<String, Object> status(DossierStatus s, Language lang) {
    return ordered("code", s.code(), "name", s.name(), "label", s.label().in(lang));
  }

  private static List<Map<String, Object>> violations(List<Problem> violations) {
    return violations.stream()
        .map(v -> ordered("path", v.path(), "code", v.code(), "message", v.message())).toList();
  }

  /** A JSON object with its members in the order given (values may be null). */
  private static Map<String, Object> ordered(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
