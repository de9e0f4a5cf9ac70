package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Phone numbers that have the right shape but are not all digits. */
class PhoneNumberTest {
  @Test
  void aLetterInAnOtherwiseValidMobileNumberIsAFormatError() {
    assertThat(VnIdentifiers.checkPhone("0912345678", PhoneKind.MOBILE)).isEmpty();
    assertThat(VnIdentifiers.checkPhone("091234567a", PhoneKind.MOBILE)).contains(VnIdentifiers.PHONE_FORMAT);
    assertThat(VnIdentifiers.checkPhone("+8491234567O", PhoneKind.ANY)).contains(VnIdentifiers.PHONE_FORMAT);
  }

  @Test
  void aLetterInAnOtherwiseValidLandlineIsAFormatError() {
    assertThat(VnIdentifiers.checkPhone("02838123456", PhoneKind.LANDLINE)).isEmpty();
    assertThat(VnIdentifiers.checkPhone("0283812345x", PhoneKind.LANDLINE)).contains(VnIdentifiers.PHONE_FORMAT);
  }
}
