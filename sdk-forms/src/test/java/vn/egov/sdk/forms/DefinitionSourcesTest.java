package vn.egov.sdk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Problem;
import vn.egov.sdk.forms.internal.JsonSupport;

/** A definition read from text, a stream or a tree is checked the same way. */
class DefinitionSourcesTest {
  private static final String MINIMAL = "{\"formatVersion\":1,\"id\":\"f\",\"version\":\"1\",\"procedureCode\":\"1.001193\","
      + "\"title\":{\"vi\":\"T\",\"en\":\"T\"},\"sections\":[{\"id\":\"s\",\"title\":{\"vi\":\"S\",\"en\":\"S\"},"
      + "\"fields\":[{\"id\":\"t\",\"type\":\"text\",\"label\":{\"vi\":\"L\",\"en\":\"L\"}}]}]}";

  @Test
  void aStreamOfUtf8JsonIsRead() {
    FormDefinition f = FormDefinitions.read(new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)));
    assertThat(f.id()).isEqualTo("f");
    assertThat(f).isEqualTo(FormDefinitions.parse(MINIMAL));
    assertThat(f.source().get("procedureCode").asText()).isEqualTo("1.001193");
    f.source().put("id", "changed");
    assertThat(f.source().get("id").asText()).isEqualTo("f"); // a copy each time
  }

  @Test
  void aStreamThatIsNotJsonIsRefusedAndOneThatFailsIsAnIoError() {
    assertThatThrownBy(() -> FormDefinitions.read(new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(InvalidFormDefinitionException.class, e -> assertThat(e.problems())
            .containsExactly(new Problem("", "NOT_JSON", "not valid JSON")));
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> FormDefinitions.read(broken)).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void aTreeIsCheckedLikeText() throws Exception {
    assertThat(FormDefinitions.fromJson(JsonSupport.mapper().readTree(MINIMAL)).fields()).hasSize(1);
    assertThatThrownBy(() -> FormDefinitions.fromJson(null)).isInstanceOf(InvalidFormDefinitionException.class);
    assertThatThrownBy(() -> FormDefinitions.parse("{")).isInstanceOfSatisfying(InvalidFormDefinitionException.class,
        e -> assertThat(e.problems()).extracting(Problem::code).containsExactly("NOT_JSON"));
  }
}
