package vn.egov.sdk.examples.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives Debian's headless Chromium against the portal server running in the
 * test's JVM with {@code --simulate-upstreams}, a free port and a temporary data directory (one
 * server per class). Test methods take {@link Portal} and {@link Browser} parameters; each
 * {@code Browser} parameter is a new browser with a fresh profile, closed after the method.
 *
 * <p>For other server options (dead upstreams, an admin token, extra routes) register the
 * extension yourself instead: {@code @RegisterExtension static final BrowserExtension browsers =
 * BrowserExtension.builder()…build();} (and do not use this annotation on the same class).
 *
 * <p>Without Chromium, ChromeDriver or axe-core the tests are skipped with a message saying what is
 * missing; under {@code CI=true} they fail instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {}
