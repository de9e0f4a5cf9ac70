package vn.egov.sdk.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link WithSimulatedUpstreams}: one set of simulators per test class
 * (kept in the class's extension store, closed with it), reset before each test.
 */
public final class SimulatedUpstreamsExtension implements ParameterResolver, BeforeEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SimulatedUpstreamsExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    Class<?> type = parameter.getParameter().getType();
    return type == SimulatedUpstreams.class
        || (type == SimulatedUpstream.class && parameter.isAnnotated(Upstream.class));
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    SimulatedUpstreams all = upstreams(extension);
    if (parameter.getParameter().getType() == SimulatedUpstreams.class) {
      return all;
    }
    Upstream which = parameter.findAnnotation(Upstream.class)
        .orElseThrow(() -> new ParameterResolutionException("@Upstream is missing"));
    return switch (which.value()) {
      case VIETCOMBANK_XML -> all.vietcombankXml();
      case VIETCOMBANK_JSON -> all.vietcombankJson();
      case OPEN_METEO -> all.openMeteo();
      case OPEN_WEATHER_MAP -> all.openWeatherMap();
    };
  }

  @Override
  public void beforeEach(ExtensionContext extension) {
    upstreams(extension).reset();
  }

  private static SimulatedUpstreams upstreams(ExtensionContext extension) {
    ExtensionContext classContext = classContext(extension);
    return classContext.getStore(NAMESPACE)
        .getOrComputeIfAbsent(Holder.class, k -> new Holder(SimulatedUpstreams.start()), Holder.class)
        .upstreams;
  }

  private static ExtensionContext classContext(ExtensionContext extension) {
    ExtensionContext c = extension;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }

  /** Closed by JUnit when the class's store is closed. */
  private static final class Holder implements AutoCloseable {
    private final SimulatedUpstreams upstreams;

    Holder(SimulatedUpstreams upstreams) {
      this.upstreams = upstreams;
    }

    @Override
    public void close() {
      upstreams.close();
    }
  }
}
