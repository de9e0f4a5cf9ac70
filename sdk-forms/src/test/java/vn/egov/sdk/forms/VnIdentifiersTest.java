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
