package vn.egov.sdk.forms.internal;

import java.util.Map;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.LocalizedText;

/** The localised message of every violation code; {@code {name}} is replaced by the parameter. */
public final class Messages {
  private static final Map<String, LocalizedText> TEMPLATES = Map.ofEntries(
      t("NOT_AN_OBJECT", "Dữ liệu phải là một đối tượng JSON.", "The data must be a JSON object."),
      t("UNKNOWN_FIELD", "Trường này không có trong biểu mẫu.", "This field is not part of the form."),
      t("REQUIRED", "Trường này là bắt buộc.", "This field is required."),
      t("NOT_APPLICABLE", "Trường này không áp dụng cho trường hợp đã khai.",
          "This field does not apply to what was declared."),
      t("TYPE_MISMATCH", "Giá trị phải có kiểu {expected}.", "The value must be of type {expected}."),
      t("TOO_SHORT", "Cần ít nhất {min} ký tự.", "Too short: at least {min} characters."),
      t("TOO_LONG", "Không được quá {max} ký tự.", "Too long: at most {max} characters."),
      t("PATTERN_MISMATCH", "Giá trị không đúng định dạng yêu cầu.", "The value does not have the required format."),
      t("BELOW_MINIMUM", "Giá trị không được nhỏ hơn {min}.", "The value must not be less than {min}."),
      t("ABOVE_MAXIMUM", "Giá trị không được lớn hơn {max}.", "The value must not be greater than {max}."),
      t("NOT_AN_OPTION", "Giá trị không nằm trong các lựa chọn.", "The value is not one of the options."),
      t("DUPLICATE_CHOICE", "Một lựa chọn được chọn nhiều lần.", "An option is chosen more than once."),
      t("TOO_FEW_ITEMS", "Cần ít nhất {min} mục.", "Too few items: at least {min}."),
      t("TOO_MANY_ITEMS", "Không được quá {max} mục.", "Too many items: at most {max}."),
      t("INVALID_DATE", "Ngày phải có dạng YYYY-MM-DD và là ngày có thật.",
          "The date must be written YYYY-MM-DD and exist."),
      t("INVALID_EMAIL", "Địa chỉ thư điện tử không hợp lệ.", "The e-mail address is not valid."),
      t("PHONE_FORMAT", "Số điện thoại phải bắt đầu bằng 0 hoặc +84: di động 10 số, cố định 11 số (02…).",
          "A phone number starts with 0 or +84: 10 digits for a mobile, 11 for a landline (02…)."),
      t("PHONE_PREFIX", "Đầu số di động này không được sử dụng tại Việt Nam.",
          "This mobile prefix is not in use in Vietnam."),
      t("CITIZEN_ID_FORMAT", "Số định danh cá nhân phải gồm đúng 12 chữ số.",
          "The personal identification number must have exactly 12 digits."),
      t("CITIZEN_ID_PROVINCE", "Ba chữ số đầu của số định danh không phải mã tỉnh hợp lệ.",
          "The first three digits of the personal number are not a valid province code."),
      t("CITIZEN_ID_BIRTH_YEAR_MISMATCH", "Số định danh không khớp với năm sinh đã khai.",
          "The personal number does not match the declared year of birth."),
      t("CITIZEN_ID_SEX_MISMATCH", "Số định danh không khớp với giới tính đã khai.",
          "The personal number does not match the declared sex."),
      t("TAX_CODE_FORMAT", "Mã số thuế phải gồm 10 chữ số, 13 chữ số (mã chi nhánh) hoặc số định danh 12 số nếu được phép.",
          "A tax code has 10 digits, 13 for a branch, or the 12-digit personal number where allowed."),
      t("TAX_CODE_CHECK_DIGIT", "Chữ số kiểm tra của mã số thuế không đúng.", "The tax code's check digit is wrong."),
      t("INVALID_FILE_NAME", "Tên tệp phải có từ 1 đến {max} ký tự.", "A file name has 1 to {max} characters."),
      t("ATTACHMENT_UNEXPECTED", "Tệp đính kèm này không thuộc trường tệp nào đã khai.",
          "This attachment does not belong to any declared file field."),
      t("ATTACHMENT_MISSING", "Không tìm thấy tệp đính kèm đã khai.", "The declared attachment was not sent."),
      t("ATTACHMENT_TOO_LARGE", "Tệp đính kèm vượt quá {max} byte.", "The attachment is larger than {max} bytes."),
      t("ATTACHMENT_TYPE_NOT_ALLOWED", "Loại tệp này không được chấp nhận.", "This file type is not accepted."),
      t("ATTACHMENT_CONTENT_MISMATCH", "Nội dung tệp không đúng với loại tệp đã khai.",
          "The file's content does not match its declared type."));

  private Messages() {}

  private static Map.Entry<String, LocalizedText> t(String code, String vi, String en) {
    return Map.entry(code, LocalizedText.of(vi, en));
  }

  /** Every violation code the SDK emits. */
  public static java.util.Set<String> codes() {
    return TEMPLATES.keySet();
  }

  /** Whether a code has a message (every code the validator emits has one). */
  public static boolean known(String code) {
    return TEMPLATES.containsKey(code);
  }

  public static String format(String code, Map<String, Object> params, Language language) {
    LocalizedText template = TEMPLATES.get(code);
    if (template == null) {
      return language.pick("Giá trị không hợp lệ.", "The value is not valid.");
    }
    String text = template.in(language);
    for (Map.Entry<String, Object> p : params.entrySet()) {
      text = text.replace("{" + p.getKey() + "}", String.valueOf(p.getValue()));
    }
    return text;
  }
}
