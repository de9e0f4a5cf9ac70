package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.sdk.forms.internal.PersonalData;

class PersonalDataTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CCCD 087084000999 đã kiểm tra | CCCD *********999 đã kiểm tra",
      "gọi +84912345678 hoặc 0912 345 678 | gọi ********678 hoặc *******678",
      "thư an.nguyen@example.vn | thư ***@***",
      "MST 0314409058-002 | MST **********002",
      "hồ sơ 000.00.15.H30-261127-0001, 3 ngày | hồ sơ 000.00.15.H30-261127-0001, 3 ngày"})
  void masksIdsPhonesAndEmails(String text, String masked) {
    assertThat(PersonalData.mask(text)).isEqualTo(masked);
  }
}
