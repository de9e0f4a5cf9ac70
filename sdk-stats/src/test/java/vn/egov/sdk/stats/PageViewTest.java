package vn.egov.sdk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageViewTest {

  @Test
  void visitorIdsAreOneTo128PrintableCharacters() {
    assertThat(PageView.isValidId("a")).isTrue();
    assertThat(PageView.isValidId("x".repeat(128))).isTrue();
    assertThat(PageView.isValidId("khách-Đà-Nẵng")).isTrue();
    assertThat(PageView.isValidId("x".repeat(129))).isFalse();
    assertThat(PageView.isValidId("")).isFalse();
    assertThat(PageView.isValidId("   ")).isFalse();
    assertThat(PageView.isValidId("a\nb")).isFalse();
    assertThat(PageView.isValidId("a\u0000")).isFalse();
    assertThat(PageView.isValidId("\uD800")).isFalse();
    assertThat(PageView.isValidId(null)).isFalse();
  }

  @Test
  void theWrongFieldIsNamed() {
    assertThatThrownBy(() -> new PageView("", null, "/"))
        .isInstanceOfSatisfying(InvalidPageViewException.class,
            e -> assertThat(e.field()).isEqualTo(InvalidPageViewException.Field.VISITOR_ID));
    assertThatThrownBy(() -> new PageView("v", "", "/"))
        .isInstanceOfSatisfying(InvalidPageViewException.class,
            e -> assertThat(e.field()).isEqualTo(InvalidPageViewException.Field.MEMBER_ID));
    assertThatThrownBy(() -> new PageView("v", null, "tin-tuc"))
        .isInstanceOfSatisfying(InvalidPageViewException.class,
            e -> assertThat(e.field()).isEqualTo(InvalidPageViewException.Field.PATH));
    assertThatThrownBy(() -> new PageView("v", null, "/" + "a".repeat(512)))
        .isInstanceOf(InvalidPageViewException.class);
  }
}
