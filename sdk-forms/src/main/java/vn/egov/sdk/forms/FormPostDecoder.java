package vn.egov.sdk.forms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the fields of an HTML form post (as rendered by {@link FormHtmlRenderer}) into the data object
 * of a submission: blank fields are left out, numbers become JSON numbers (text that is not a number
 * stays text, for the validator to report), choices of a multiple choice become an array, and group
 * items {@code group.N.field} become an array of objects (items left wholly blank are dropped). File
 * fields are not read here: their files come as attachments.
 */
public final class FormPostDecoder {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Pattern ITEM = Pattern.compile("(\\d{1,3})\\.([A-Za-z][A-Za-z0-9_]{0,63})");
  private static final int MAX_ITEMS = 100;

  public ObjectNode decode(FormDefinition form, Map<String, List<String>> params) {
    ObjectNode data = F.objectNode();
    scope(form.fields(), params, "", data);
    for (FieldDefinition f : form.fields()) {
      if (f.type() == FieldType.GROUP) {
        group(f, params, data);
      }
    }
    return data;
  }

  private static void scope(List<FieldDefinition> fields, Map<String, List<String>> params, String prefix,
      ObjectNode target) {
    for (FieldDefinition f : fields) {
      if (f.type() == FieldType.GROUP || f.type() == FieldType.FILE) {
        continue;
      }
      List<String> values = params.getOrDefault(prefix + f.id(), List.of()).stream()
          .filter(v -> !v.isBlank()).toList();
      if (values.isEmpty()) {
        continue;
      }
      switch (f.type()) {
        case MULTIPLE_CHOICE -> values.forEach(target.putArray(f.id())::add);
        case NUMBER, INTEGER -> target.set(f.id(), number(values.get(0)));
        default -> target.put(f.id(), values.get(0));
      }
    }
  }

  private static void group(FieldDefinition f, Map<String, List<String>> params, ObjectNode data) {
    TreeMap<Integer, ObjectNode> items = new TreeMap<>();
    String prefix = f.id() + ".";
    for (String key : params.keySet()) {
      if (!key.startsWith(prefix)) {
        continue;
      }
      Matcher m = ITEM.matcher(key.substring(prefix.length()));
      int index = m.matches() ? Integer.parseInt(m.group(1)) : -1;
      if (index >= 0 && index < MAX_ITEMS && !items.containsKey(index)) {
        ObjectNode item = F.objectNode();
        scope(f.fields(), params, prefix + index + ".", item);
        items.put(index, item);
      }
    }
    ArrayNode array = F.arrayNode();
    items.values().stream().filter(i -> !i.isEmpty()).forEach(array::add);
    if (!array.isEmpty()) {
      data.set(f.id(), array);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode number(String text) {
    String t = text.trim();
    if (t.length() > 40) {
      return F.textNode(text);
    }
    try {
      return F.numberNode(new BigDecimal(t));
    } catch (NumberFormatException e) {
      return F.textNode(text);
    }
  }
}
