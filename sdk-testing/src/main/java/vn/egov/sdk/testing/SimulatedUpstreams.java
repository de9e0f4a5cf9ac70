package vn.egov.sdk.testing;

import java.util.List;

/**
 * The four simulated feeds together: Vietcombank's XML board and JSON API, Open-Meteo and
 * OpenWeatherMap, each on its own port of {@code 127.0.0.1}. The portal server's
 * {@code --simulate-upstreams} starts these; tests get them from {@link WithSimulatedUpstreams}.
 */
public final class SimulatedUpstreams implements AutoCloseable {
  private final SimulatedUpstream vietcombankXml;
  private final SimulatedUpstream vietcombankJson;
  private final SimulatedUpstream openMeteo;
  private final SimulatedUpstream openWeatherMap;

  private SimulatedUpstreams(SimulatedUpstream vietcombankXml, SimulatedUpstream vietcombankJson,
      SimulatedUpstream openMeteo, SimulatedUpstream openWeatherMap) {
    this.vietcombankXml = vietcombankXml;
    this.vietcombankJson = vietcombankJson;
    this.openMeteo = openMeteo;
    this.openWeatherMap = openWeatherMap;
  }

  /** Starts all four simulators; if one cannot start, those already started are closed. */
  public static SimulatedUpstreams start() {
    SimulatedUpstream xml = null;
    SimulatedUpstream json = null;
    SimulatedUpstream meteo = null;
    try {
      xml = SimulatedUpstream.start(SimulatedUpstream.Kind.VIETCOMBANK_XML);
      json = SimulatedUpstream.start(SimulatedUpstream.Kind.VIETCOMBANK_JSON);
      meteo = SimulatedUpstream.start(SimulatedUpstream.Kind.OPEN_METEO);
      SimulatedUpstream owm = SimulatedUpstream.start(SimulatedUpstream.Kind.OPEN_WEATHER_MAP);
      return new SimulatedUpstreams(xml, json, meteo, owm);
    } catch (RuntimeException e) {
      for (SimulatedUpstream s : new SimulatedUpstream[] {meteo, json, xml}) {
        if (s != null) {
          s.close();
        }
      }
      throw e;
    }
  }

  public SimulatedUpstream vietcombankXml() {
    return vietcombankXml;
  }

  public SimulatedUpstream vietcombankJson() {
    return vietcombankJson;
  }

  public SimulatedUpstream openMeteo() {
    return openMeteo;
  }

  public SimulatedUpstream openWeatherMap() {
    return openWeatherMap;
  }

  public List<SimulatedUpstream> all() {
    return List.of(vietcombankXml, vietcombankJson, openMeteo, openWeatherMap);
  }

  /** Heals every simulator and empties every request journal. */
  public void reset() {
    for (SimulatedUpstream s : all()) {
      s.heal();
      s.resetRequests();
    }
  }

  @Override
  public void close() {
    for (SimulatedUpstream s : all()) {
      s.close();
    }
  }
}
