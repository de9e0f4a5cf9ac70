package vn.egov.sdk.core.units;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.sdk.core.Language;

/**
 * A provincial unit (tỉnh or thành phố trực thuộc trung ương) over the days it was in force. Codes
 * are reused: the unit that kept its name in 2025 kept one of the old codes (Tuyên Quang 08 before
 * and after), and others changed code (Bắc Ninh was 27, is 24), so read a code with a date
 * ({@link AdministrativeUnits#province(String, LocalDate)}).
 *
 * @param code the 2-digit unit code (mã số đơn vị hành chính), e.g. {@code 38}
 * @param name the proper name without the type, e.g. "Thanh Hóa", "Hồ Chí Minh"
 * @param type tỉnh or thành phố trực thuộc trung ương
 * @param validFrom the first day in force; empty when it was already in force where the SDK's data
 *     begins
 * @param validUntil the last day in force; empty while in force
 * @param mergedInto for a unit that ended with the 2025 arrangement, the code of the unit it became
 *     (part of) on the next day
 */
public record Province(String code, String name, ProvinceType type, Optional<LocalDate> validFrom,
    Optional<LocalDate> validUntil, Optional<String> mergedInto) {
  private static final Pattern CODE = Pattern.compile("\\d{2}");

  public Province {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("code: must be two digits such as 38, was '" + code + "'");
    }
    Objects.requireNonNull(name, "name");
    name = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(mergedInto, "mergedInto");
    if (validFrom.isPresent() && validUntil.isPresent() && validUntil.get().isBefore(validFrom.get())) {
      throw new IllegalArgumentException("validUntil: must not be before validFrom");
    }
    mergedInto.ifPresent(m -> {
      if (!CODE.matcher(m).matches()) {
        throw new IllegalArgumentException("mergedInto: must be two digits, was '" + m + "'");
      }
    });
    if (mergedInto.isPresent() && validUntil.isEmpty()) {
      throw new IllegalArgumentException("mergedInto: only a unit that ended can have been merged");
    }
  }

  /** Whether the unit was in force on that day. */
  public boolean isInForceOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return validFrom.map(f -> !day.isBefore(f)).orElse(true)
        && validUntil.map(u -> !day.isAfter(u)).orElse(true);
  }

  /** The full name: "Tỉnh Thanh Hóa", "Thành phố Hà Nội"; in English "Thanh Hóa Province", "Hà Nội City". */
  public String fullName(Language language) {
    return language == Language.EN ? name + " " + type.label().en()
        : type.label().vi() + " " + name;
  }
}
