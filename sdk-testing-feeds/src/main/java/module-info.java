/** The simulated upstream feeds: sample bodies, request rules and a server on the JDK's HTTP server. */
module vn.egov.sdk.testing.feeds {
  requires jdk.httpserver;

  exports vn.egov.sdk.testing.feeds;
}
