package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decoder's limits: at most 100 group items (0–99) and numbers of at most 40 characters. */
class FormPostLimitsTest {
  private final FormDefinition form = Samples.form("household-business-registration");

  @Test
  void groupItemsNumbered0To99AreReadAndHigherOnesDropped() {
    ObjectNode data = new FormPostDecoder().decode(form, Map.of(
        "businessLines.99.code", List.of("5610"), "businessLines.100.code", List.of("4711")));
    assertThat(data.get("businessLines")).hasSize(1);
    assertThat(data.get("businessLines").get(0).get("code").asText()).isEqualTo("5610");
  }

  @Test
  void aNumberOfAtMost40CharactersIsANumberAndALongerOneStaysText() {
    String forty = "1".repeat(40);
    ObjectNode data = new FormPostDecoder().decode(form, Map.of("capital", List.of(" " + forty + " ")));
    assertThat(data.get("capital").isNumber()).isTrue();
    assertThat(data.get("capital").decimalValue()).isEqualTo(new java.math.BigDecimal(forty));
    String fortyOne = "1".repeat(41);
    data = new FormPostDecoder().decode(form, Map.of("capital", List.of(fortyOne)));
    assertThat(data.get("capital").isTextual()).isTrue();
    assertThat(data.get("capital").asText()).isEqualTo(fortyOne);
  }
}
