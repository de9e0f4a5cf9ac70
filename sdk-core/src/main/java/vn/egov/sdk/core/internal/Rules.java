package vn.egov.sdk.core.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The value rules of the procedure domain, shared by the record constructors (which throw on the
 * first broken rule) and the catalog loader (which collects every broken rule with its location).
 * Each check returns {@code null} when the value is fine, else a short message such as
 * {@code "must be positive"}.
 */
public final class Rules {
  private static final Pattern NATIONAL_CODE = Pattern.compile("[1-9]\\.\\d{6}");
  /**
   * A unit code (mã đơn vị) as Circular 01/2018/TT-VPCP Art. 19 cl. 1 writes it in dossier codes,
   * {@code V1V2V3.Z1Z2.Y1Y2.MX1X2} after QCVN 102:2016/BTTTT: groups of 3, 2, 2 and 3 characters,
   * "các ký tự chữ và số" (letters and digits), the level-1 group led by a letter (H56 a province's
   * People's Committee, G… a ministry). The one rule for agencies, catalogs and dossier codes.
   */
  private static final String UNIT = "[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9A-Z]{2}";
  private static final Pattern UNIT_CODE = Pattern.compile(UNIT);
  private static final Pattern LOCAL_CODE = Pattern.compile("[1-9]\\.\\d{6}\\." + UNIT);
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private Rules() {}

  public static String notBlank(String value) {
    if (value == null) {
      return "is required";
    }
    return value.isBlank() ? "must not be blank" : null;
  }

  public static String nationalCode(String value) {
    String blank = notBlank(value);
    if (blank != null) {
      return blank;
    }
    return NATIONAL_CODE.matcher(value).matches()
        ? null : "must be a national procedure code such as 1.001193";
  }

  public static String localCode(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    return LOCAL_CODE.matcher(value).matches()
        ? null : "must be a national code with a unit-code suffix such as 2.000815.000.00.00.H55";
  }

  /** Whether a text is a unit code (see {@link #unitCode}); null is not. */
  public static boolean isUnitCode(String value) {
    return value != null && UNIT_CODE.matcher(value).matches();
  }

  /**
   * The unit-code rule of Circular 01/2018/TT-VPCP Art. 19: {@code V1V2V3.Z1Z2.Y1Y2.MX1X2},
   * upper-case letters or digits, the level-1 group led by a letter.
   */
  public static String unitCode(String value) {
    String blank = notBlank(value);
    if (blank != null) {
      return blank;
    }
    return UNIT_CODE.matcher(value).matches() ? null
        : "must be a QCVN 102:2016 unit code such as 000.00.15.H30"
            + " (groups of 3, 2, 2, 3 letters or digits, the last led by a letter)";
  }

  public static String positive(long value) {
    return value > 0 ? null : "must be positive";
  }

  public static String notNegative(long value) {
    return value >= 0 ? null : "must not be negative";
  }

  public static String notNegative(BigDecimal value) {
    return value == null || value.signum() >= 0 ? null : "must not be negative";
  }

  public static String currency(String value) {
    String blank = notBlank(value);
    if (blank != null) {
      return blank;
    }
    return CURRENCY.matcher(value).matches() ? null : "must be an ISO 4217 code such as VND";
  }

  public static String notEmpty(Collection<?> values) {
    if (values == null) {
      return "is required";
    }
    return values.isEmpty() ? "must not be empty" : null;
  }

  public static String legacyLevel(int level) {
    return level >= 1 && level <= 4 ? null : "must be a level from 1 to 4";
  }

  /** Throws {@link IllegalArgumentException} {@code "<name>: <problem>"} when a check failed. */
  public static void require(String problem, String name) {
    if (problem != null) {
      throw new IllegalArgumentException(name + ": " + problem);
    }
  }
}
