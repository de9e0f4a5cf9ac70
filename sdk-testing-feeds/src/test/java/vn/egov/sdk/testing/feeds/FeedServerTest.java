package vn.egov.sdk.testing.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The feeds as the portal's --simulate-upstreams serves them, over real HTTP on 127.0.0.1. */
class FeedServerTest {
  private final FeedServer feeds = FeedServer.start();

  /** One answer: status, Content-Type and body. */
  private record Reply(int statusCode, String contentType, String body) {}

  @AfterEach
  void close() {
    feeds.close();
  }

  private Reply get(String pathAndQuery) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(feeds.baseUrl() + pathAndQuery).toURL().openConnection();
    c.setConnectTimeout(60_000);
    c.setReadTimeout(60_000);
    try {
      int status = c.getResponseCode();
      try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
        return new Reply(status, c.getContentType(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } finally {
      c.disconnect();
    }
  }

  @Test
  void everyFeedAnswersItsSampleAtItsPath() throws Exception {
    Reply board = get(Feed.VIETCOMBANK_XML.path());
    assertThat(board.statusCode()).isEqualTo(200);
    assertThat(board.contentType()).isEqualTo("application/xml; charset=utf-8");
    assertThat(board.body()).contains("<ExrateList>").contains("USD");
    assertThat(get(Feed.VIETCOMBANK_JSON.path() + "?date=2026-11-27").body()).contains("USD");
    assertThat(get(Feed.OPEN_WEATHER_MAP.path() + "?q=Hanoi&appid=" + Feed.OPEN_WEATHER_MAP_KEY).statusCode())
        .isEqualTo(200);
    assertThat(feeds.url(Feed.OPEN_METEO)).hasPath("/v1/forecast");
  }

  @Test
  void badRequestsGetTheRealFeedsErrors() throws Exception {
    assertThat(get(Feed.VIETCOMBANK_JSON.path()).statusCode()).isEqualTo(400);
    assertThat(get(Feed.OPEN_WEATHER_MAP.path() + "?q=Hanoi&appid=wrong").statusCode()).isEqualTo(401);
    assertThat(get(Feed.OPEN_WEATHER_MAP.path() + "?q=Hanoi").statusCode()).isEqualTo(401);
    Reply meteo = get(Feed.OPEN_METEO.path() + "?latitude=21.03,16.05&longitude=105.85");
    assertThat(meteo.statusCode()).isEqualTo(400);
    assertThat(meteo.body()).contains("same number of elements");
    assertThat(get(Feed.OPEN_METEO.path()).statusCode()).isEqualTo(400);
    assertThat(get("/elsewhere").statusCode()).isEqualTo(404);
  }

  @Test
  void openMeteoAnswersOneObjectPerPlaceInRequestOrder() throws Exception {
    String one = get(Feed.OPEN_METEO.path() + "?latitude=21.03&longitude=105.85&current=temperature_2m").body();
    assertThat(one).startsWith("{");
    String four = get(Feed.OPEN_METEO.path() + "?latitude=21.03,16.05,10.78,21.03"
        + "&longitude=105.85,108.2,106.7,105.85").body();
    assertThat(four).startsWith("[");
    assertThat(four.split("\"latitude\"", -1)).hasSize(5);
  }

  @Test
  void theChangedSamplesDifferFromTheFirst() throws Exception {
    String before = get(Feed.VIETCOMBANK_XML.path()).body();
    feeds.serveChangedData(true);
    String after = get(Feed.VIETCOMBANK_XML.path()).body();
    assertThat(after).isNotEqualTo(before);
    feeds.serveChangedData(false);
    assertThat(get(Feed.VIETCOMBANK_XML.path()).body()).isEqualTo(before);
  }

  @Test
  void closingFreesThePortAndIsIdempotent() {
    feeds.close();
    feeds.close();
    assertThat(Feed.ofPath("/v1/forecast")).contains(Feed.OPEN_METEO);
    assertThat(Feed.ofPath("/nope")).isEmpty();
  }
}
