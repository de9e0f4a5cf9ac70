package vn.egov.sdk.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import vn.egov.sdk.core.LocalizedText;

/**
 * One field of a form, as loaded (and checked) by {@link FormDefinitions}. Which components apply
 * depends on the {@link FieldType}; the others are empty.
 *
 * @param id the field's key in the data object (unique within its scope)
 * @param minimum inclusive lower bound of a number or integer
 * @param maximum inclusive upper bound of a number or integer
 * @param minLength least number of characters (Unicode code points) of a text
 * @param maxLength most number of characters of a string value
 * @param pattern a regular expression the text must contain a match for (anchor it with ^…$)
 * @param minItems least number of items of a multiple choice, file or group
 * @param maxItems most number of items
 * @param fields the fields of one item of a repeating group
 * @param allowPersonalNumber a tax-code field that also accepts the 12-digit personal number
 */
public record FieldDefinition(
    String id,
    FieldType type,
    LocalizedText label,
    Optional<LocalizedText> help,
    boolean required,
    Optional<Condition> requiredWhen,
    Optional<Condition> shownWhen,
    Optional<BigDecimal> minimum,
    Optional<BigDecimal> maximum,
    OptionalInt minLength,
    OptionalInt maxLength,
    Optional<String> pattern,
    List<ChoiceOption> options,
    OptionalInt minItems,
    OptionalInt maxItems,
    List<FieldDefinition> fields,
    Optional<FileRules> files,
    PhoneKind phoneKind,
    boolean allowPersonalNumber,
    Optional<CitizenIdLinks> citizenIdLinks) {

  public FieldDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(requiredWhen, "requiredWhen");
    Objects.requireNonNull(shownWhen, "shownWhen");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(maximum, "maximum");
    Objects.requireNonNull(minLength, "minLength");
    Objects.requireNonNull(maxLength, "maxLength");
    Objects.requireNonNull(pattern, "pattern");
    options = List.copyOf(options);
    Objects.requireNonNull(minItems, "minItems");
    Objects.requireNonNull(maxItems, "maxItems");
    fields = List.copyOf(fields);
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(phoneKind, "phoneKind");
    Objects.requireNonNull(citizenIdLinks, "citizenIdLinks");
  }

  /** The option with this value, if the field has one. */
  public Optional<ChoiceOption> option(String value) {
    return options.stream().filter(o -> o.value().equals(value)).findFirst();
  }
}
