package vn.egov.sdk.testing.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import vn.egov.sdk.testing.feeds.Feed;

/**
 * Answers a feed's request with {@link Feed#answer(String, boolean)}, the same logic the portal's
 * simulated feeds serve without WireMock; the stub's delay (if any) is kept.
 */
public final class FeedTransformer implements ResponseDefinitionTransformerV2 {
  public static final String NAME = "egov-feed";
  public static final String FEED = "feed";
  public static final String CHANGED = "changed";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    ResponseDefinition def = serveEvent.getResponseDefinition();
    Feed feed = Feed.valueOf(def.getTransformerParameters().getString(FEED));
    boolean changed = def.getTransformerParameters().getBoolean(CHANGED, false);
    String url = serveEvent.getRequest().getUrl();
    int q = url.indexOf('?');
    Feed.Answer answer = feed.answer(q < 0 ? null : url.substring(q + 1), changed);
    return ResponseDefinitionBuilder.like(def).but().withStatus(answer.status())
        .withHeader("Content-Type", answer.contentType()).withBody(answer.body()).build();
  }
}
