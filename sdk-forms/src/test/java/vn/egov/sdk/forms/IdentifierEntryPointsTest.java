package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every public check of VnIdentifiers answers for a missing value, and reads every digit 0–9. */
class IdentifierEntryPointsTest {
  @Test
  void aMissingValueIsAFormatErrorForEveryCheck() {
    assertThat(VnIdentifiers.checkCitizenId(null)).contains(VnIdentifiers.CITIZEN_ID_FORMAT);
    assertThat(VnIdentifiers.checkTaxCode(null, false)).contains(VnIdentifiers.TAX_CODE_FORMAT);
    assertThat(VnIdentifiers.checkTaxCode(null, true)).contains(VnIdentifiers.TAX_CODE_FORMAT);
    for (PhoneKind kind : PhoneKind.values()) {
      assertThat(VnIdentifiers.checkPhone(null, kind)).contains(VnIdentifiers.PHONE_FORMAT);
    }
  }

  @Test
  void phoneNumbersMayHoldTheDigitsZeroAndNine() {
    assertThat(VnIdentifiers.checkPhone("0901234560", PhoneKind.MOBILE)).isEmpty();
    assertThat(VnIdentifiers.checkPhone("+84900000009", PhoneKind.ANY)).isEmpty();
    assertThat(VnIdentifiers.checkPhone("02400000000", PhoneKind.LANDLINE)).isEmpty();
    assertThat(VnIdentifiers.checkPhone("090123456/", PhoneKind.MOBILE)).contains(VnIdentifiers.PHONE_FORMAT);
    assertThat(VnIdentifiers.checkPhone("090123456:", PhoneKind.MOBILE)).contains(VnIdentifiers.PHONE_FORMAT);
  }

  @Test
  void onlyAValidPersonalNumberIsRead() {
    assertThatThrownBy(() -> VnIdentifiers.parseCitizenId("003084000999")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VnIdentifiers.parseCitizenId(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(VnIdentifiers.parseCitizenId("079303000001"))
        .isEqualTo(new VnIdentifiers.PersonalNumber("079", false, 2003));
  }
}
