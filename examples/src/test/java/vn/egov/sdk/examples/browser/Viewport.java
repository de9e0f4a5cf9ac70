package vn.egov.sdk.examples.browser;

/**
 * The size of the page's layout viewport in CSS pixels, as a browser test sees it
 * ({@code window.innerWidth × innerHeight}). {@code mobile} emulates a phone: the page's
 * {@code <meta name="viewport">} is honoured and touch is reported.
 *
 * @param name a short name for file names and messages
 * @param width CSS pixels, 200–4096
 * @param height CSS pixels, 200–4096
 * @param mobile emulate a phone
 */
public record Viewport(String name, int width, int height, boolean mobile) {
  /** A common laptop window. */
  public static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, false);
  /** A 390 px phone (the phone window; iPhone 12–15 class). */
  public static final Viewport PHONE = new Viewport("phone", 390, 844, true);
  /** The narrowest phone the site supports: 360 px with no horizontal scrolling. */
  public static final Viewport SMALL_PHONE = new Viewport("small-phone", 360, 740, true);

  public Viewport {
    if (name == null || !name.matches("[a-z0-9-]{1,40}")) {
      throw new IllegalArgumentException("name must be 1-40 of [a-z0-9-], was " + name);
    }
    if (width < 200 || width > 4096) {
      throw new IllegalArgumentException("width must be 200-4096 CSS px, was " + width);
    }
    if (height < 200 || height > 4096) {
      throw new IllegalArgumentException("height must be 200-4096 CSS px, was " + height);
    }
  }
}
