package vn.egov.sdk.forms.desk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.sdk.core.Agency;

/**
 * A dossier code of Circular 01/2018/TT-VPCP Art. 19: {@code <unit code>-YYMMDD-XXXX}, the unit code
 * in QCVN 102:2016 form ({@code 000.00.15.H30}; the rule is sdk-core's {@link Agency#isUnitCode}, the
 * same one the catalog uses), the receiving date and that day's sequence at the unit.
 */
public record DossierCode(String unitCode, LocalDate date, int sequence) {
  private static final Pattern CODE = Pattern.compile("([0-9A-Z.]{13})-(\\d{6})-(\\d{4,})");
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  public DossierCode {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(date, "date");
    if (!Agency.isUnitCode(unitCode)) {
      throw new IllegalArgumentException("unit code must look like 000.00.15.H30, was '" + unitCode + "'");
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
    }
    if (date.getYear() < 2000 || date.getYear() > 2099) {
      throw new IllegalArgumentException("a YYMMDD date must fall in 2000–2099, was " + date);
    }
  }

  /** Whether a text is a unit code: sdk-core's {@link Agency#isUnitCode}, the catalog's rule. */
  public static boolean isUnitCode(String code) {
    return Agency.isUnitCode(code);
  }

  /** Parses {@code 000.00.15.H30-261127-0001}; throws {@link IllegalArgumentException} otherwise. */
  public static DossierCode parse(String text) {
    Matcher m = text == null ? null : CODE.matcher(text);
    if (m == null || !m.matches() || !Agency.isUnitCode(m.group(1))) {
      throw new IllegalArgumentException("not a dossier code");
    }
    LocalDate date;
    try {
      date = LocalDate.parse("20" + m.group(2), DateTimeFormatter.BASIC_ISO_DATE);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("not a dossier code");
    }
    return new DossierCode(m.group(1), date, Integer.parseInt(m.group(3)));
  }

  @Override
  public String toString() {
    return unitCode + "-" + YYMMDD.format(date) + "-" + String.format("%04d", sequence);
  }
}
