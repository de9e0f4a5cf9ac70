package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormPostDecoderTest {
  @Test
  void htmlFormFieldsBecomeTheDataObject() {
    Map<String, List<String>> post = Map.ofEntries(
        Map.entry("formId", List.of("household-business-registration")),
        Map.entry("businessName", List.of("Hộ kinh doanh Bánh mì Cô Ba")),
        Map.entry("email", List.of("  ")),
        Map.entry("capital", List.of("150000000")),
        Map.entry("employees", List.of("ba")),
        Map.entry("channels", List.of("shop", "online")),
        Map.entry("businessLines.0.code", List.of("5610")),
        Map.entry("businessLines.0.description", List.of("Ăn uống")),
        Map.entry("businessLines.1.code", List.of("")),
        Map.entry("businessLines.x.code", List.of("1")));
    ObjectNode data = new FormPostDecoder().decode(Samples.form("household-business-registration"), post);
    assertThat(data.toString()).isEqualTo("{\"businessName\":\"Hộ kinh doanh Bánh mì Cô Ba\",\"capital\":150000000,"
        + "\"employees\":\"ba\",\"channels\":[\"shop\",\"online\"],"
        + "\"businessLines\":[{\"code\":\"5610\",\"description\":\"Ăn uống\"}]}");
  }
}
