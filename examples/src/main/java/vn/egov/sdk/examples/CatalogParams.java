package vn.egov.sdk.examples;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.egov.sdk.core.AdminLevel;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.OnlineLevel;
import vn.egov.sdk.core.catalog.SearchQuery;

/**
 * Reads the catalog search parameters of a request ({@code q, field, onlineLevel, legacyLevel,
 * adminLevel, agency, page, size}); a bad value becomes a 400 {@code INVALID_ARGUMENT} naming the
 * parameter. Empty values mean "no filter".
 */
final class CatalogParams {
  /** Largest page size over HTTP. */
  static final int MAX_SIZE = 100;
  /** Longest accepted {@code q} or {@code field}. */
  static final int MAX_TEXT = 200;
  /** Highest accepted page number. */
  static final int MAX_PAGE = 100_000;

  private static final Pattern UNIT_CODE = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");

  private CatalogParams() {}

  static SearchQuery parse(Context ctx) {
    Language lang = Lang.of(ctx);
    SearchQuery.Builder b = SearchQuery.builder();
    b.text(text(ctx, "q", lang));
    String field = text(ctx, "field", lang);
    if (!field.isBlank()) {
      b.field(field);
    }
    String online = value(ctx, "onlineLevel");
    if (!online.isEmpty()) {
      b.onlineLevel(enumValue(OnlineLevel.class, online, "onlineLevel", lang));
    }
    String admin = value(ctx, "adminLevel");
    if (!admin.isEmpty()) {
      b.adminLevel(enumValue(AdminLevel.class, admin, "adminLevel", lang));
    }
    String legacy = value(ctx, "legacyLevel");
    if (!legacy.isEmpty()) {
      b.legacyLevel(number(legacy, "legacyLevel", 1, 4, lang));
    }
    String agency = value(ctx, "agency");
    if (!agency.isEmpty()) {
      if (!UNIT_CODE.matcher(agency).matches()) {
        throw invalid("agency", lang.pick("mã đơn vị dạng 000.00.15.H56", "a unit code such as 000.00.15.H56"), lang);
      }
      b.agencyCode(agency);
    }
    String page = value(ctx, "page");
    b.page(page.isEmpty() ? 1 : number(page, "page", 1, MAX_PAGE, lang));
    String size = value(ctx, "size");
    b.size(size.isEmpty() ? 20 : number(size, "size", 1, MAX_SIZE, lang));
    return b.build();
  }

  private static String value(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.strip();
  }

  private static String text(Context ctx, String name, Language lang) {
    String v = value(ctx, name);
    if (v.length() > MAX_TEXT) {
      throw invalid(name, lang.pick("tối đa " + MAX_TEXT + " ký tự", "at most " + MAX_TEXT + " characters"), lang);
    }
    return v;
  }

  private static int number(String v, String name, int min, int max, Language lang) {
    String expected = lang.pick("số nguyên từ " + min + " đến " + max, "a whole number from " + min + " to " + max);
    if (v.length() > 9 || !v.chars().allMatch(Character::isDigit)) {
      throw invalid(name, expected, lang);
    }
    int n = Integer.parseInt(v);
    if (n < min || n > max) {
      throw invalid(name, expected, lang);
    }
    return n;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String v, String name, Language lang) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(v.toUpperCase(Locale.ROOT))) {
        return e;
      }
    }
    StringBuilder names = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      names.append(names.length() == 0 ? "" : ", ").append(e.name());
    }
    throw invalid(name, lang.pick("một trong ", "one of ") + names, lang);
  }

  private static ApiException invalid(String parameter, String expected, Language lang) {
    return new ApiException(400, "INVALID_ARGUMENT",
        lang.pick("Tham số '" + parameter + "' không hợp lệ: cần " + expected + ".",
            "Parameter '" + parameter + "' is not valid: expected " + expected + "."),
        Map.of("parameter", parameter));
  }
}
