package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.sdk.forms.constraints.CitizenId;
import vn.egov.sdk.forms.constraints.TaxCode;
import vn.egov.sdk.forms.constraints.VnPhone;

/** The Bean Validation constraints on an agency's own class, with messages in both languages. */
class ConstraintsTest {
  /** An agency's own registration bean. */
  record Applicant(@CitizenId String citizenId, @TaxCode(allowPersonalNumber = true) String taxCode,
      @VnPhone(kind = PhoneKind.MOBILE) String mobile, @TaxCode String companyTaxCode) {}

  static Map<String, String> violations(Applicant a, Locale locale) {
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .defaultLocale(locale).buildValidatorFactory()) {
      Validator v = factory.getValidator();
      Set<ConstraintViolation<Applicant>> found = v.validate(a);
      Map<String, String> byField = new TreeMap<>();
      found.forEach(c -> byField.put(c.getPropertyPath().toString(), c.getMessage()));
      return byField;
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "vi, Số định danh cá nhân phải gồm 12 chữ số, Mã số thuế không hợp lệ., Số điện thoại Việt Nam không hợp lệ.",
      "en, A personal identification number has 12 digits, This is not a valid Vietnamese tax code., This is not a valid Vietnamese phone number."})
  void rulesAndMessages(String tag, String citizen, String tax, String phone) {
    Locale locale = Locale.forLanguageTag(tag);
    assertThat(violations(new Applicant("087084000999", "087084000999", "+84912345678", "0314409058-002"), locale))
        .isEmpty();
    assertThat(violations(new Applicant(null, null, null, null), locale)).isEmpty();
    Map<String, String> bad = violations(new Applicant("003084000999", "0100233480", "02838123456", "087084000999"),
        locale);
    assertThat(bad.keySet()).containsExactly("citizenId", "companyTaxCode", "mobile", "taxCode");
    assertThat(bad.get("citizenId")).startsWith(citizen);
    assertThat(bad.get("taxCode")).isEqualTo(tax);
    assertThat(bad.get("mobile")).isEqualTo(phone);
  }
}
