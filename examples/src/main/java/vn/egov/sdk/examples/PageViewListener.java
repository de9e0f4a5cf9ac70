package vn.egov.sdk.examples;

import io.javalin.http.Context;

/**
 * Told of every view of the demo page before it is rendered (the visitor counter counts it with a
 * cookie). Must not block or throw; it may set cookies on {@code ctx}.
 */
public interface PageViewListener {
  void onPageView(Context ctx);
}
