package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.forms.internal.JsonSupport;
import vn.egov.sdk.forms.internal.Messages;
import vn.egov.sdk.core.Problem;

/** One row per rule: a change to a valid sample, the violation it must cause, its message in vi and en. */
class ValidationRulesTest {
  static final String BIRTH = "birth-registration";
  static final String JUDICIAL = "judicial-record-request";
  static final String HOUSEHOLD = "household-business-registration";
  static final Set<String> COVERED = new HashSet<>();
  private final FormValidator validator = new FormValidator();

  static Arguments row(String form, Consumer<ObjectNode> change, String path, String code, String vi, String en) {
    return Arguments.of(form, change, path, code, vi, en);
  }

  static JsonNode json(String text) {
    try {
      return JsonSupport.mapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        row(JUDICIAL, d -> d.remove("fullName"), "/fullName", "REQUIRED", "bắt buộc", "required"),
        row(JUDICIAL, d -> d.put("fullName", ""), "/fullName", "REQUIRED", "bắt buộc", "required"),
        row(JUDICIAL, d -> d.put("nickname", "x"), "/nickname", "UNKNOWN_FIELD", "không có trong biểu mẫu", "not part"),
        row(JUDICIAL, d -> d.put("fullName", "A"), "/fullName", "TOO_SHORT", "ít nhất 2 ký tự", "at least 2 characters"),
        row(JUDICIAL, d -> d.put("fullName", "Ê".repeat(101)), "/fullName", "TOO_LONG", "quá 100 ký tự", "at most 100 characters"),
        row(JUDICIAL, d -> d.put("fullName", 42), "/fullName", "TYPE_MISMATCH", "kiểu string", "type string"),
        row(JUDICIAL, d -> ((ObjectNode) d.get("residencePeriods").get(0)).put("from", "13/2004"),
            "/residencePeriods/0/from", "PATTERN_MISMATCH", "định dạng", "format"),
        row(JUDICIAL, d -> d.put("copies", 0), "/copies", "BELOW_MINIMUM", "nhỏ hơn 1", "less than 1"),
        row(JUDICIAL, d -> d.put("copies", 11), "/copies", "ABOVE_MAXIMUM", "lớn hơn 10", "greater than 10"),
        row(JUDICIAL, d -> d.put("copies", 2.5), "/copies", "TYPE_MISMATCH", "kiểu integer", "type integer"),
        row(JUDICIAL, d -> d.put("certificateType", "3").remove("includeBanInfo"), "/certificateType", "NOT_AN_OPTION", "lựa chọn", "options"),
        row(JUDICIAL, d -> d.put("birthDate", "1990-02-30"), "/birthDate", "INVALID_DATE", "ngày có thật", "exist"),
        row(JUDICIAL, d -> d.put("email", "hoa@"), "/email", "INVALID_EMAIL", "thư điện tử", "e-mail"),
        row(JUDICIAL, d -> d.put("phone", "912345678"), "/phone", "PHONE_FORMAT", "0 hoặc +84", "0 or +84"),
        row(JUDICIAL, d -> d.put("phone", "0112345678"), "/phone", "PHONE_PREFIX", "Đầu số", "prefix"),
        row(JUDICIAL, d -> d.put("citizenId", "08719000099"), "/citizenId", "CITIZEN_ID_FORMAT", "12 chữ số", "12 digits"),
        row(JUDICIAL, d -> d.put("citizenId", "003190000999"), "/citizenId", "CITIZEN_ID_PROVINCE", "mã tỉnh", "province"),
        row(JUDICIAL, d -> d.put("birthDate", "1991-05-12"), "/citizenId", "CITIZEN_ID_BIRTH_YEAR_MISMATCH",
            "năm sinh", "year of birth"),
        row(JUDICIAL, d -> d.put("sex", "male"), "/citizenId", "CITIZEN_ID_SEX_MISMATCH", "giới tính", "sex"),
        row(JUDICIAL, d -> d.put("certificateType", "2"), "/includeBanInfo", "NOT_APPLICABLE", "không áp dụng",
            "does not apply"),
        row(JUDICIAL, d -> d.set("residencePeriods", json("[]")), "/residencePeriods", "REQUIRED", "bắt buộc", "required"),
        row(JUDICIAL, d -> d.set("residencePeriods", json("[" + "{\"from\":\"01/2000\",\"address\":\"x\"},".repeat(10)
            + "{\"from\":\"01/2000\",\"address\":\"x\"}]")), "/residencePeriods", "TOO_MANY_ITEMS", "quá 10 mục", "at most 10."),
        row(JUDICIAL, d -> d.set("residencePeriods", json("[7]")), "/residencePeriods/0", "TYPE_MISMATCH",
            "kiểu object", "type object"),
        row(HOUSEHOLD, d -> d.put("ownerTaxCode", "0100233480"), "/ownerTaxCode", "TAX_CODE_CHECK_DIGIT",
            "kiểm tra", "check digit"),
        row(HOUSEHOLD, d -> d.put("ownerTaxCode", "01002334"), "/ownerTaxCode", "TAX_CODE_FORMAT", "10 chữ số", "10 digits"),
        row(HOUSEHOLD, d -> d.set("channels", json("[\"shop\",\"shop\"]")), "/channels/1", "DUPLICATE_CHOICE",
            "nhiều lần", "more than once"),
        row(HOUSEHOLD, d -> d.set("channels", json("[]")), "/channels", "TOO_FEW_ITEMS", "ít nhất 1 mục",
            "at least 1."),
        row(HOUSEHOLD, d -> d.set("businessLines", json("[]")), "/businessLines", "REQUIRED", "bắt buộc", "required"),
        row(HOUSEHOLD, d -> d.put("registrationType", "family").putArray("familyConsent").add("uq.pdf"), "/familyMembers", "REQUIRED", "bắt buộc", "required"),
        row(BIRTH, d -> d.remove("fatherCitizenId"), "/fatherCitizenId", "REQUIRED", "bắt buộc", "required"),
        row(BIRTH, d -> d.set("birthCertificate", json("[\"\"]")), "/birthCertificate/0", "INVALID_FILE_NAME",
            "từ 1 đến 255 ký tự", "1 to 255 characters"),
        row(BIRTH, d -> d.set("birthCertificate", json("[\"a.pdf\",\"b.pdf\",\"c.pdf\"]")), "/birthCertificate",
            "TOO_MANY_ITEMS", "quá 2 mục", "at most 2."));
  }

  @ParameterizedTest(name = "{3} at {2}")
  @MethodSource("rules")
  void eachRuleHasAStableCodeAPathAndMessagesInBothLanguages(String formId, Consumer<ObjectNode> change,
      String path, String code, String vi, String en) {
    ObjectNode data = Samples.data(formId);
    change.accept(data);
    ValidationReport report = validator.validate(Samples.form(formId), data);
    assertThat(report.problems()).extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(path, code));
    assertThat(report.problems(Language.VI).get(0).message()).contains(vi);
    assertThat(report.problems(Language.EN).get(0).message()).contains(en);
    assertThat(report.problems()).isEqualTo(report.problems(Language.VI));
    COVERED.add(code);
  }

  static Stream<Arguments> attachmentRules() {
    byte[] big = new byte[3 * 1024 * 1024 + 1];
    System.arraycopy(Samples.PDF, 0, big, 0, Samples.PDF.length);
    return Stream.of(
        Arguments.of(List.<Attachment>of(), "ATTACHMENT_MISSING", "Không tìm thấy", "was not sent"),
        Arguments.of(List.of(new Attachment("identityScan", "cccd.pdf", "application/pdf", big)),
            "ATTACHMENT_TOO_LARGE", "vượt quá 3145728 byte", "larger than 3145728 bytes"),
        Arguments.of(List.of(new Attachment("identityScan", "cccd.pdf", "image/png", Samples.PNG)),
            "ATTACHMENT_TYPE_NOT_ALLOWED", "không được chấp nhận", "not accepted"),
        Arguments.of(List.of(new Attachment("identityScan", "cccd.pdf", "image/jpeg", Samples.PNG)),
            "ATTACHMENT_CONTENT_MISMATCH", "không đúng với loại", "does not match"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("attachmentRules")
  void attachmentRules(List<Attachment> attachments, String code, String vi, String en) {
    ObjectNode data = Samples.data(JUDICIAL);
    data.putArray("identityScan").add("cccd.pdf");
    ValidationReport report = validator.validate(Samples.form(JUDICIAL), data, attachments);
    assertThat(report.problems(Language.EN)).extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/identityScan/0", code));
    assertThat(report.problems(Language.VI).get(0).message()).contains(vi);
    assertThat(report.problems(Language.EN).get(0).message()).contains(en);
    COVERED.add(code);
  }

  @org.junit.jupiter.api.Test
  void attachmentsNoFieldListsAreRefused() {
    ObjectNode data = Samples.data(JUDICIAL);
    ValidationReport report = validator.validate(Samples.form(JUDICIAL), data, List.of(
        new Attachment("x".repeat(300), "a.pdf", "application/pdf", Samples.PDF),
        new Attachment("identityScan", "unlisted.pdf", "application/pdf", Samples.PDF)));
    assertThat(report.problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/" + "x".repeat(300), "ATTACHMENT_UNEXPECTED"),
        org.assertj.core.groups.Tuple.tuple("/identityScan", "ATTACHMENT_UNEXPECTED"));
    assertThat(report.problems(Language.VI).get(1).message()).contains("không thuộc trường tệp");
    assertThat(report.problems(Language.EN).get(1).message()).contains("does not belong");
    COVERED.add("ATTACHMENT_UNEXPECTED");
  }

  @org.junit.jupiter.api.Test
  void validAttachmentsPassAndEverythingIsReportedAtOnce() {
    ObjectNode data = Samples.data(JUDICIAL);
    data.putArray("identityScan").add("cccd.jpg");
    assertThat(validator.validate(Samples.form(JUDICIAL), data,
        List.of(new Attachment("identityScan", "cccd.jpg", "image/jpeg", Samples.JPEG))).valid()).isTrue();
    data.remove("fullName");
    data.put("copies", 99);
    data.put("phone", "123");
    assertThat(validator.validate(Samples.form(JUDICIAL), data).problems()).hasSize(3);
    assertThat(validator.validate(Samples.form(JUDICIAL), json("[1]")).problems())
        .extracting(Problem::code).containsExactly("NOT_AN_OBJECT");
    COVERED.add("NOT_AN_OBJECT");
  }

  @AfterAll
  static void everyCodeHasARow() {
    assertThat(COVERED).containsExactlyInAnyOrderElementsOf(Messages.codes());
  }
}
