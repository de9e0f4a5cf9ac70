package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which field types hold a JSON string and which a JSON array. */
class FieldKindsTest {
  @Test
  void stringAndArrayTypesAreExactlyThese() {
    Set<FieldType> strings = EnumSet.allOf(FieldType.class).stream().filter(FieldType::isString)
        .collect(Collectors.toSet());
    Set<FieldType> arrays = EnumSet.allOf(FieldType.class).stream().filter(FieldType::isArray)
        .collect(Collectors.toSet());
    assertThat(strings).containsExactlyInAnyOrder(FieldType.TEXT, FieldType.DATE, FieldType.EMAIL, FieldType.PHONE,
        FieldType.CITIZEN_ID, FieldType.TAX_CODE, FieldType.SINGLE_CHOICE);
    assertThat(arrays).containsExactlyInAnyOrder(FieldType.MULTIPLE_CHOICE, FieldType.FILE, FieldType.GROUP);
    assertThat(FieldType.fromJsonName("taxCode")).contains(FieldType.TAX_CODE);
    assertThat(FieldType.fromJsonName("colour")).isEmpty();
  }
}
