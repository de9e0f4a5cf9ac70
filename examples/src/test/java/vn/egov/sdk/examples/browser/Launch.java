package vn.egov.sdk.examples.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How to start the {@link Browser} of one test parameter, e.g.
 * {@code void fitsAPhone(@Launch(screen = Launch.Screen.SMALL_PHONE) Browser phone)} or
 * {@code void postsWithoutScripts(@Launch(javaScript = false) Browser browser)}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Launch {
  /** The first viewport (change it later with {@link Browser#viewport(Viewport)}). */
  Screen screen() default Screen.DESKTOP;

  /** {@code false}: the page's scripts do not run (the no-JavaScript path of forms and polls). */
  boolean javaScript() default true;

  /** The standard viewports. */
  enum Screen {
    DESKTOP(Viewport.DESKTOP), PHONE(Viewport.PHONE), SMALL_PHONE(Viewport.SMALL_PHONE);

    private final Viewport viewport;

    Screen(Viewport viewport) {
      this.viewport = viewport;
    }

    public Viewport viewport() {
      return viewport;
    }
  }
}
