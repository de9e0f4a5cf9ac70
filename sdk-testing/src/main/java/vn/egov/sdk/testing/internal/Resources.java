package vn.egov.sdk.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample bodies shipped in this jar (copies of the project's fixtures). */
public final class Resources {
  private Resources() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Resources.class.getResourceAsStream("/vn/egov/sdk/testing/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing sample resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample resource " + name, e);
    }
  }

  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
