package vn.egov.sdk.forms.internal;

import java.util.regex.Pattern;

/**
 * Masks personal data in text bound for a log line: e-mail addresses, and runs of 9 or more digits
 * (personal numbers, tax codes, phone numbers, with or without {@code +84}, spaces, dots or dashes)
 * that do not continue a word (so dossier codes such as {@code 000.00.15.H30-261127-0001} stay readable).
 */
public final class PersonalData {
  private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+");
  private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\d.\\-])\\+?\\d(?:[\\s.\\-]?\\d){8,}");

  private PersonalData() {}

  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    String masked = EMAIL.matcher(text).replaceAll("***@***");
    return DIGITS.matcher(masked).replaceAll(m -> {
      String digits = m.group().replaceAll("\\D", "");
      return "*".repeat(Math.max(0, digits.length() - 3)) + digits.substring(digits.length() - 3);
    });
  }
}
