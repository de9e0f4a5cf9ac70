package vn.egov.sdk.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.widgets.internal.Http;

class HttpUrlTest {
  @Test
  void appendsTheFeedPathToAnyBase() {
    String path = "/Usercontrols/TVPortal.TyGia/pXML.aspx";
    assertThat(Http.url(URI.create("http://127.0.0.1:8089"), path, Map.of()).toString())
        .isEqualTo("http://127.0.0.1:8089/Usercontrols/TVPortal.TyGia/pXML.aspx");
    assertThat(Http.url(URI.create("http://127.0.0.1:8089/"), path, Map.of()).toString())
        .isEqualTo("http://127.0.0.1:8089/Usercontrols/TVPortal.TyGia/pXML.aspx");
    assertThat(Http.url(URI.create("https://mirror.example.vn/vcb/"), "/api/exchangerates",
        Map.of("date", "2026-11-27")).toString())
        .isEqualTo("https://mirror.example.vn/vcb/api/exchangerates?date=2026-11-27");
  }
}
