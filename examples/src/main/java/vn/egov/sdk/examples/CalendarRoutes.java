package vn.egov.sdk.examples;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.sdk.core.calendar.CalendarRangeException;
import vn.egov.sdk.core.calendar.Holiday;
import vn.egov.sdk.core.calendar.HolidayDecision;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.calendar.VietnameseLunarCalendar;
import vn.egov.sdk.core.calendar.WorkingCalendar;

/**
 * The calendar endpoints: {@code GET /api/calendar/holidays?year=YYYY} (the year's days off, lunar
 * holidays, compensatory and decreed days included, with the year's basis — the government's decision
 * or the rules — its sources and the Saturdays worked) and {@code GET /api/calendar/working-days?from=&add=}
 * (the date {@code add} working days after {@code from}). Bad parameters answer 400
 * {@code INVALID_ARGUMENT} (year, add) or {@code INVALID_DATE} (from).
 */
final class CalendarRoutes implements Routes {
  /** The largest {@code add} accepted: about forty years of working days. */
  static final int MAX_ADD = 10_000;
  private static final Pattern YEAR = Pattern.compile("[0-9]{1,9}");
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final int FIRST_YEAR = VietnameseLunarCalendar.MIN_DATE.getYear();
  private static final int LAST_YEAR = VietnameseLunarCalendar.MAX_DATE.getYear();

  private final WorkingCalendar calendar;

  CalendarRoutes(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/calendar/holidays", this::holidays);
    routes.get("/api/calendar/working-days", this::workingDays);
  }

  private void holidays(Context ctx) {
    Language lang = Lang.of(ctx);
    int year = year(single(ctx, "year"), lang);
    List<Map<String, Object>> items = calendar.holidays(year).stream().map(h -> item(h, lang)).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", year);
    body.put("holidays", items);
    // Beyond the contract's two fields: whether the year follows a government decision or the rules
    // alone, the decision's documents, and the Saturdays worked in exchange for a swapped day off.
    Optional<HolidayDecision> decision = calendar.decision(year);
    body.put("basis", decision.isPresent() ? "DECIDED" : "RULES");
    body.put("sources", decision.map(d -> d.sources().stream().map(CalendarRoutes::source).toList()).orElse(List.of()));
    body.put("workingDays", calendar.decreedWorkingDays(year).stream().map(LocalDate::toString).toList());
    ctx.json(body);
  }

  private static Map<String, Object> source(HolidayDecision.Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("document", s.document());
    m.put("issuer", s.issuer());
    m.put("issued", s.issued() == null ? null : s.issued().toString());
    m.put("reference", s.reference() == null ? null : s.reference().toString());
    return m;
  }

  private void workingDays(Context ctx) {
    Language lang = Lang.of(ctx);
    LocalDate from = date(single(ctx, "from"), lang);
    int add = count(single(ctx, "add"), lang);
    LocalDate date;
    try {
      date = calendar.addWorkingDays(from, add);
    } catch (CalendarRangeException beyondRange) {
      throw invalid("INVALID_ARGUMENT", lang.pick(
          "Kết quả vượt quá ngày 31/12/" + LAST_YEAR + ".",
          "The result would be after 31 December " + LAST_YEAR + "."));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", from.toString());
    body.put("add", add);
    body.put("date", date.toString());
    ctx.json(body);
  }

  /** The parameter's value, or {@code null}; a parameter given twice reads as one garbled value. */
  private static String single(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    return values.isEmpty() ? null : String.join(",", values);
  }

  private static Map<String, Object> item(Holiday h, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", h.date().toString());
    m.put("name", h.name().in(lang));
    m.put("kind", h.kind().name());
    return m;
  }

  private static int year(String raw, Language lang) {
    String range = FIRST_YEAR + "–" + LAST_YEAR;
    if (raw == null || raw.isBlank()) {
      throw invalid("INVALID_ARGUMENT", lang.pick("Thiếu tham số year (năm " + range + ").",
          "The year parameter is missing (" + range + ")."));
    }
    String text = raw.trim();
    int year = YEAR.matcher(text).matches() ? Integer.parseInt(text) : -1;
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw invalid("INVALID_ARGUMENT", lang.pick("Tham số year phải là một năm từ " + range + ".",
          "The year parameter must be a year from " + range + "."));
    }
    return year;
  }

  private static LocalDate date(String raw, Language lang) {
    String range = VietnameseLunarCalendar.MIN_DATE + " – " + VietnameseLunarCalendar.MAX_DATE;
    String message = lang.pick("Tham số from phải là một ngày YYYY-MM-DD từ " + range + ".",
        "The from parameter must be a date YYYY-MM-DD from " + range + ".");
    String text = raw == null ? "" : raw.trim();
    if (!DATE.matcher(text).matches()) {
      throw invalid("INVALID_DATE", message);
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException noSuchDay) {
      throw invalid("INVALID_DATE", message);
    }
    if (date.isBefore(VietnameseLunarCalendar.MIN_DATE) || date.isAfter(VietnameseLunarCalendar.MAX_DATE)) {
      throw invalid("INVALID_DATE", message);
    }
    return date;
  }

  private static int count(String raw, Language lang) {
    String text = raw == null ? "" : raw.trim();
    int n = COUNT.matcher(text).matches() ? Integer.parseInt(text) : -1;
    if (n < 0 || n > MAX_ADD) {
      throw invalid("INVALID_ARGUMENT", lang.pick(
          "Tham số add phải là số ngày làm việc từ 0 đến " + MAX_ADD + ".",
          "The add parameter must be a number of working days from 0 to " + MAX_ADD + "."));
    }
    return n;
  }

  private static ApiException invalid(String code, String message) {
    return ApiException.badRequest(code, message);
  }
}
