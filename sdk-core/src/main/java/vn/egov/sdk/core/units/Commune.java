package vn.egov.sdk.core.units;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A commune-level unit (xã, phường or đặc khu) of the two-tier local government in force since
 * 1 July 2025.
 *
 * @param code the 5-digit unit code (mã số), e.g. {@code 00070}
 * @param name the full name as the code list writes it, e.g. "Phường Hoàn Kiếm"
 * @param provinceCode the 2-digit code of its province (in force since 1 July 2025)
 */
public record Commune(String code, String name, String provinceCode) {
  private static final Pattern CODE = Pattern.compile("\\d{5}");
  private static final Pattern PROVINCE = Pattern.compile("\\d{2}");

  public Commune {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("code: must be five digits such as 00070, was '" + code + "'");
    }
    Objects.requireNonNull(name, "name");
    name = Normalizer.normalize(name.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
    Objects.requireNonNull(provinceCode, "provinceCode");
    if (!PROVINCE.matcher(provinceCode).matches()) {
      throw new IllegalArgumentException("provinceCode: must be two digits, was '" + provinceCode + "'");
    }
  }
}
