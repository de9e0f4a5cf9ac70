package vn.egov.sdk.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts the simulated upstreams once for the annotated test class and injects them into test
 * methods, constructors and lifecycle methods: declare a parameter of type {@link SimulatedUpstreams}
 * (all four) or {@link SimulatedUpstream} annotated with {@link Upstream} (one of them). Before each
 * test every simulator is healed and its request journal emptied; after the class they are closed.
 *
 * <pre>{@code
 * @WithSimulatedUpstreams
 * class MyWidgetTest {
 *   @Test
 *   void survivesAnOutage(@Upstream(VIETCOMBANK_XML) SimulatedUpstream vcb) {
 *     vcb.inject(Fault.BLACK_HOLE);
 *     ...
 *   }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
@ExtendWith(SimulatedUpstreamsExtension.class)
public @interface WithSimulatedUpstreams {}
