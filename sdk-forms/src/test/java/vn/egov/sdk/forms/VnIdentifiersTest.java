package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VnIdentifiersTest {
  @ParameterizedTest(name = "citizen id {0} → {1}")
  @CsvSource(nullValues = "VALID", value = {
      "087084000999, VALID", "001090123456, VALID", "096399999999, VALID",
      "003084000999, CITIZEN_ID_PROVINCE", "000084000999, CITIZEN_ID_PROVINCE", "097084000999, CITIZEN_ID_PROVINCE",
      "08708400099, CITIZEN_ID_FORMAT", "0870840009990, CITIZEN_ID_FORMAT", "08708400099a, CITIZEN_ID_FORMAT",
      "'087 084 000 999', CITIZEN_ID_FORMAT", "'', CITIZEN_ID_FORMAT", "０８７０８４０００９９９, CITIZEN_ID_FORMAT"})
  void citizenIds(String value, String code) {
    assertThat(VnIdentifiers.checkCitizenId(value)).isEqualTo(Optional.ofNullable(code));
  }

  @ParameterizedTest(name = "{0}: male={1}, born {2}")
  @CsvSource({"087084000999, true, 1984", "001190000001, false, 1990", "001205000001, true, 2005",
      "001303000001, false, 2003", "001450000001, true, 2150", "001999000001, false, 2399"})
  void centuryAndSexDigit(String id, boolean male, int year) {
    VnIdentifiers.PersonalNumber pn = VnIdentifiers.parseCitizenId(id);
    assertThat(pn.male()).isEqualTo(male);
    assertThat(pn.birthYear()).isEqualTo(year);
  }

  @ParameterizedTest(name = "tax code {0} (personal allowed: {1}) → {2}")
  @CsvSource(nullValues = "VALID", value = {
      "0100233488, false, VALID", "0100109106, false, VALID", "0314409058-002, false, VALID",
      "0314409058002, false, VALID", "0100233480, false, TAX_CODE_CHECK_DIGIT",
      "0314409058-000, false, TAX_CODE_FORMAT", "0314409058-02, false, TAX_CODE_FORMAT",
      "0100000000, false, TAX_CODE_FORMAT", "010023348, false, TAX_CODE_FORMAT",
      "087084000999, false, TAX_CODE_FORMAT", "087084000999, true, VALID", "003084000999, true, TAX_CODE_FORMAT",
      "'0100233488 ', false, TAX_CODE_FORMAT"})
  void taxCodes(String value, boolean personal, String code) {
    assertThat(VnIdentifiers.checkTaxCode(value, personal)).isEqualTo(Optional.ofNullable(code));
  }

  /** Seeded property: every generated valid tax code passes; any change of one digit is caught. */
  @org.junit.jupiter.api.Test
  void checkDigitCatchesEverySingleDigitChange() {
    java.util.Random r = new java.util.Random(42);
    int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    int checked = 0;
    while (checked < 2000) {
      char[] digits = new char[10];
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        digits[i] = (char) ('0' + r.nextInt(10));
        sum += weights[i] * (digits[i] - '0');
      }
      if (sum % 11 == 0 || new String(digits, 2, 7).equals("0000000")) {
        continue;
      }
      digits[9] = (char) ('0' + (10 - sum % 11));
      String code = new String(digits);
      assertThat(VnIdentifiers.checkTaxCode(code, false)).as(code).isEmpty();
      assertThat(VnIdentifiers.checkTaxCode(code + "-" + String.format("%03d", 1 + r.nextInt(999)), false)).isEmpty();
      int at = r.nextInt(10);
      char[] changed = digits.clone();
      changed[at] = (char) ('0' + (changed[at] - '0' + 1 + r.nextInt(9)) % 10);
      assertThat(VnIdentifiers.checkTaxCode(new String(changed), false)).as(new String(changed)).isPresent();
      checked++;
    }
  }

  /** Seeded property: a personal number written for a birth year and sex reads back as them. */
  @org.junit.jupiter.api.Test
  void personalNumbersRoundTripYearAndSex() {
    java.util.Random r = new java.util.Random(7);
    java.util.List<String> provinces = VnIdentifiers.PROVINCE_CODES.stream().sorted().toList();
    for (int i = 0; i < 2000; i++) {
      int year = 1900 + r.nextInt(500);
      boolean male = r.nextBoolean();
      String id = provinces.get(r.nextInt(provinces.size())) + (2 * ((year - 1900) / 100) + (male ? 0 : 1))
          + String.format("%02d", year % 100) + String.format("%06d", r.nextInt(1_000_000));
      assertThat(VnIdentifiers.checkCitizenId(id)).as(id).isEmpty();
      assertThat(VnIdentifiers.parseCitizenId(id)).isEqualTo(
          new VnIdentifiers.PersonalNumber(id.substring(0, 3), male, year));
    }
  }

  @ParameterizedTest(name = "phone {0} ({1}) → {2}")
  @CsvSource(nullValues = "VALID", value = {
      "0912345678, ANY, VALID", "+84912345678, ANY, VALID", "0321234567, MOBILE, VALID", "0871234567, MOBILE, VALID",
      "0551234567, MOBILE, VALID", "02838123456, ANY, VALID", "+842438123456, LANDLINE, VALID",
      "02838123456, MOBILE, PHONE_FORMAT", "0912345678, LANDLINE, PHONE_FORMAT", "0112345678, ANY, PHONE_PREFIX",
      "0311234567, MOBILE, PHONE_PREFIX", "091234567, ANY, PHONE_FORMAT", "84912345678, ANY, PHONE_FORMAT",
      "'0912 345 678', ANY, PHONE_FORMAT", "+8402838123456, ANY, PHONE_FORMAT", "0283812345, ANY, PHONE_PREFIX"})
  void phones(String value, PhoneKind kind, String code) {
    assertThat(VnIdentifiers.checkPhone(value, kind)).isEqualTo(Optional.ofNullable(code));
  }
}
