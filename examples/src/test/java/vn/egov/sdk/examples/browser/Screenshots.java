package vn.egov.sdk.examples.browser;

import java.nio.file.Path;

/**
 * Where browser tests write the screenshots they are asked for: the folder named by the system
 * property {@code egov.screenshots.dir} (relative to the examples module, e.g.
 * {@code -Degov.screenshots.dir=../docs/screenshots} to refresh README's pictures), else
 * {@code target/screenshots}.
 */
public final class Screenshots {
  public static final String PROPERTY = "egov.screenshots.dir";

  private Screenshots() {}

  /** The file {@code name} (e.g. {@code home-phone-vi.png}) in the screenshot folder. */
  public static Path path(String name) {
    if (!name.matches("[A-Za-z0-9._-]+\\.png")) {
      throw new IllegalArgumentException("a screenshot name is a plain file name ending in .png, was " + name);
    }
    return dir().resolve(name);
  }

  public static Path dir() {
    BrowserEnvironment env = BrowserEnvironment.fromSystem();
    String configured = System.getProperty(PROPERTY);
    if (configured == null || configured.isBlank()) {
      return env.targetDir().resolve("screenshots");
    }
    return env.moduleDir().resolve(configured).normalize();
  }
}
