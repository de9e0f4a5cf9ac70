package vn.egov.sdk.examples;

import java.net.URI;
import java.nio.file.Path;

/** Server options for tests: a free port, the given data directory, and no public feed ever called. */
public final class TestServers {
  /** A local port where nothing listens (the discard port): widget fetches fail at once, offline. */
  public static final URI NO_UPSTREAM = URI.create("http://127.0.0.1:9/");

  private TestServers() {}

  public static ServerOptions offline(Path dataDir) {
    return ServerOptions.defaults().withPort(0).withDataDir(dataDir).withUpstreams(NO_UPSTREAM, NO_UPSTREAM);
  }

  /** The contract's defaults with only the public feeds replaced (port and data dir left as given). */
  public static ServerOptions offlineDefaults() {
    return ServerOptions.defaults().withUpstreams(NO_UPSTREAM, NO_UPSTREAM);
  }
}
