package vn.egov.sdk.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.forms.Attachment;
import vn.egov.sdk.forms.Submission;

/** The idempotency fingerprint: the same submission gives the same one, any change another. */
class SubmissionFingerprintTest {
  private static JsonNode json(String text) {
    try {
      return JsonSupport.mapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String of(String data, Attachment... attachments) {
    return Canonical.fingerprint(new Submission("f", json(data), List.of(attachments)));
  }

  private static Attachment pdf(String name, String content) {
    return new Attachment("scan", name, "application/pdf", content.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void keyOrderAndNumberSpellingDoNotMatter() {
    assertThat(of("{\"a\":1,\"b\":[\"x\",2.50]}")).isEqualTo(of("{\"b\":[\"x\",2.5],\"a\":1.0}"));
  }

  @Test
  void theItemsOfAnArrayCount() {
    assertThat(of("{\"b\":[\"x\"]}")).isNotEqualTo(of("{\"b\":[\"y\"]}"));
    assertThat(of("{\"b\":[\"x\"]}")).isNotEqualTo(of("{\"b\":[]}"));
  }

  @Test
  void anAttachmentsNameAndContentCount() {
    String data = "{\"scan\":[\"a.pdf\"]}";
    String base = of(data, pdf("a.pdf", "%PDF-1"));
    assertThat(of(data, pdf("a.pdf", "%PDF-1"))).isEqualTo(base);
    assertThat(of(data, pdf("b.pdf", "%PDF-1"))).isNotEqualTo(base);
    assertThat(of(data, pdf("a.pdf", "%PDF-2"))).isNotEqualTo(base);
    assertThat(of(data)).isNotEqualTo(base);
  }
}
