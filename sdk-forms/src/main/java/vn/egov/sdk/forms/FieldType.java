package vn.egov.sdk.forms;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of field a form definition may declare; {@link #jsonName()} is the name used in the JSON format. */
public enum FieldType {
  TEXT("text"),
  NUMBER("number"),
  INTEGER("integer"),
  DATE("date"),
  EMAIL("email"),
  PHONE("phone"),
  CITIZEN_ID("citizenId"),
  TAX_CODE("taxCode"),
  SINGLE_CHOICE("singleChoice"),
  MULTIPLE_CHOICE("multipleChoice"),
  FILE("file"),
  GROUP("group");

  private final String jsonName;

  FieldType(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  public static Optional<FieldType> fromJsonName(String name) {
    return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
  }

  /** Whether a value of this type is a JSON string. */
  public boolean isString() {
    return switch (this) {
      case TEXT, DATE, EMAIL, PHONE, CITIZEN_ID, TAX_CODE, SINGLE_CHOICE -> true;
      default -> false;
    };
  }

  /** Whether a value of this type is a JSON array. */
  public boolean isArray() {
    return this == MULTIPLE_CHOICE || this == FILE || this == GROUP;
  }
}
