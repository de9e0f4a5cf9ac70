package vn.egov.sdk.forms;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks of Vietnamese identifiers (rules in {@code docs/sdk-forms.md}). Each check returns the stable
 * violation code of the first rule broken, or empty when the value is valid. Values are taken as they
 * are: no trimming, no removal of spaces.
 */
public final class VnIdentifiers {
  /** Province codes of Circular 07/2016/TT-BCA (the 63 pre-2025 provinces). */
  public static final Set<String> PROVINCE_CODES = Set.of(
      "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022",
      "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042",
      "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066",
      "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087",
      "089", "091", "092", "093", "094", "095", "096");

  /** Mobile prefixes in use (after the leading 0), per the domain reference. */
  public static final Set<String> MOBILE_PREFIXES = Set.of(
      "32", "33", "34", "35", "36", "37", "38", "39", "86", "96", "97", "98", // Viettel
      "70", "76", "77", "78", "79", "89", "90", "93", // MobiFone
      "81", "82", "83", "84", "85", "88", "91", "94", // VinaPhone
      "52", "56", "58", "92", // Vietnamobile
      "59", "99", // Gmobile
      "87", // iTel
      "55");

  private static final int[] TAX_WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};
  private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
  private static final Pattern TAX_FORMAT = Pattern.compile("(\\d{10})(?:-?(\\d{3}))?");

  public static final String CITIZEN_ID_FORMAT = "CITIZEN_ID_FORMAT";
  public static final String CITIZEN_ID_PROVINCE = "CITIZEN_ID_PROVINCE";
  public static final String TAX_CODE_FORMAT = "TAX_CODE_FORMAT";
  public static final String TAX_CODE_CHECK_DIGIT = "TAX_CODE_CHECK_DIGIT";
  public static final String PHONE_FORMAT = "PHONE_FORMAT";
  public static final String PHONE_PREFIX = "PHONE_PREFIX";

  private VnIdentifiers() {}

  /** What digits 1–6 of a valid personal number say. */
  public record PersonalNumber(String provinceCode, boolean male, int birthYear) {}

  /** A 12-digit personal number with a known province code. */
  public static Optional<String> checkCitizenId(String value) {
    if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
      return Optional.of(CITIZEN_ID_FORMAT);
    }
    if (!PROVINCE_CODES.contains(value.substring(0, 3))) {
      return Optional.of(CITIZEN_ID_PROVINCE);
    }
    return Optional.empty();
  }

  /** Reads digits 1–6 of a personal number that passed {@link #checkCitizenId}. */
  public static PersonalNumber parseCitizenId(String value) {
    if (checkCitizenId(value).isPresent()) {
      throw new IllegalArgumentException("not a valid personal number");
    }
    int centurySex = value.charAt(3) - '0';
    int year = 1900 + (centurySex / 2) * 100 + Integer.parseInt(value.substring(4, 6));
    return new PersonalNumber(value.substring(0, 3), centurySex % 2 == 0, year);
  }

  /**
   * A tax code: 10 digits with a valid check digit, optionally a branch suffix {@code 001}–{@code 999}
   * with or without a dash; with {@code allowPersonalNumber} also a 12-digit personal number.
   */
  public static Optional<String> checkTaxCode(String value, boolean allowPersonalNumber) {
    if (value == null) {
      return Optional.of(TAX_CODE_FORMAT);
    }
    if (allowPersonalNumber && TWELVE_DIGITS.matcher(value).matches()) {
      return checkCitizenId(value).map(code -> TAX_CODE_FORMAT);
    }
    var m = TAX_FORMAT.matcher(value);
    if (!m.matches() || "000".equals(m.group(2)) || value.substring(2, 9).equals("0000000")) {
      return Optional.of(TAX_CODE_FORMAT);
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += TAX_WEIGHTS[i] * (value.charAt(i) - '0');
    }
    int check = 10 - sum % 11;
    if (sum % 11 == 0 || check != value.charAt(9) - '0') {
      return Optional.of(TAX_CODE_CHECK_DIGIT);
    }
    return Optional.empty();
  }

  /** A mobile number ({@code 0} or {@code +84}, then 9 digits with a known prefix) or a landline ({@code 02…}, 11 digits). */
  public static Optional<String> checkPhone(String value, PhoneKind kind) {
    if (value == null) {
      return Optional.of(PHONE_FORMAT);
    }
    String national;
    if (value.startsWith("+84")) {
      national = value.substring(3);
    } else if (value.startsWith("0")) {
      national = value.substring(1);
    } else {
      return Optional.of(PHONE_FORMAT);
    }
    if (!national.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of(PHONE_FORMAT);
    }
    boolean landline = national.length() == 10 && national.charAt(0) == '2';
    boolean mobileShape = national.length() == 9;
    if (landline) {
      return kind == PhoneKind.MOBILE ? Optional.of(PHONE_FORMAT) : Optional.empty();
    }
    if (!mobileShape || kind == PhoneKind.LANDLINE) {
      return Optional.of(PHONE_FORMAT);
    }
    return MOBILE_PREFIXES.contains(national.substring(0, 2)) ? Optional.empty() : Optional.of(PHONE_PREFIX);
  }
}
