package vn.egov.sdk.forms;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.egov.sdk.core.LocalizedText;

/**
 * An e-form: its id and version, the administrative procedure it belongs to, and its sections. Load
 * one with {@link FormDefinitions}; the loaded definition has passed every check of the format.
 *
 * @param formatVersion version of the definition format ({@link FormDefinitions#FORMAT_VERSION})
 * @param procedureCode national code of the linked procedure, e.g. {@code 1.001193}
 * @param source the definition as JSON (a private copy; {@link #json()} hands out copies)
 */
public record FormDefinition(
    int formatVersion,
    String id,
    String version,
    String procedureCode,
    LocalizedText title,
    Optional<LocalizedText> description,
    List<Section> sections,
    ObjectNode source) {

  public FormDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(procedureCode, "procedureCode");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    sections = List.copyOf(sections);
    source = Objects.requireNonNull(source, "source").deepCopy();
  }

  /** The top-level fields of every section, in order. */
  public List<FieldDefinition> fields() {
    return sections.stream().flatMap(s -> s.fields().stream()).toList();
  }

  /** The definition in its JSON format. */
  public ObjectNode json() {
    return source.deepCopy();
  }

  @Override
  public ObjectNode source() {
    return source.deepCopy();
  }
}
