package vn.egov.sdk.examples.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginPolicyTest {
  private final OriginPolicy policy = new OriginPolicy(List.of("https://Portal.Example.gov.vn:443"));

  @ParameterizedTest(name = "{0} Sec-Fetch-Site={1} Origin={2} Host={3} → {4}")
  @CsvSource(nullValues = "-", value = {
      // safe methods always pass
      "GET,   cross-site,  https://evil.example,        127.0.0.1:8080, true",
      "HEAD,  cross-site,  https://evil.example,        127.0.0.1:8080, true",
      // server-to-server: neither header
      "POST,  -,           -,                           127.0.0.1:8080, true",
      // modern browsers: Sec-Fetch-Site decides
      "POST,  same-origin, http://127.0.0.1:8080,       127.0.0.1:8080, true",
      "POST,  none,        -,                           127.0.0.1:8080, true",
      "POST,  cross-site,  https://evil.example,        127.0.0.1:8080, false",
      "POST,  same-site,   http://127.0.0.1:3000,       127.0.0.1:8080, false",
      "DELETE,cross-site,  https://evil.example,        127.0.0.1:8080, false",
      "POST,  cross-site,  https://portal.example.gov.vn, 127.0.0.1:8080, true",
      "POST,  cross-site,  null,                        127.0.0.1:8080, false",
      // older browsers: Origin against Host, then the allowed list
      "POST,  -,           http://127.0.0.1:8080,       127.0.0.1:8080, true",
      "POST,  -,           http://127.0.0.1:3000,       127.0.0.1:8080, false",
      "POST,  -,           https://evil.example,        127.0.0.1:8080, false",
      "POST,  -,           null,                        127.0.0.1:8080, false",
      "POST,  -,           https://portal.example.gov.vn, 127.0.0.1:8080, true",
      "POST,  -,           https://dvc.example.gov.vn,  DVC.example.gov.vn, true",
      "PUT,   -,           https://evil.example,        -,              false",
  })
  void decides(String method, String site, String origin, String host, boolean allowed) {
    assertThat(policy.allows(method, site, origin, host)).isEqualTo(allowed);
  }

  @Test
  void originsAreNormalisedAsBrowsersSendThem() {
    assertThat(OriginPolicy.normalize("HTTPS://Portal.Example.gov.vn:443/")).isEqualTo("https://portal.example.gov.vn");
    assertThat(OriginPolicy.normalize("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080");
    assertThat(OriginPolicy.parseList("https://a.example, https://a.example:443,http://b.example:8000"))
        .containsExactly("https://a.example", "http://b.example:8000");
  }

  @Test
  void somethingThatIsNotAnOriginIsRefusedWithAnExample() {
    for (String bad : new String[] {"portal.example.gov.vn", "ftp://a.example", "https://a.example/path",
        "https://user@a.example", "https://a.example?x", "null", ""}) {
      assertThatThrownBy(() -> OriginPolicy.parseList(bad)).as(bad).hasMessageContaining("--allowed-origins");
    }
  }
}
