package vn.egov.sdk.widgets.internal;

import vn.egov.sdk.widgets.UpstreamException;

/** Plausibility checks shared by the weather providers. */
final class Readings {
  private Readings() {}

  static Double temperature(Double c) throws UpstreamException {
    if (c != null && (c < -80 || c > 70)) {
      throw UpstreamException.invalid("implausible temperature");
    }
    return c;
  }

  static Integer humidity(Integer h) throws UpstreamException {
    if (h != null && (h < 0 || h > 100)) {
      throw UpstreamException.invalid("implausible humidity");
    }
    return h;
  }

  static Double wind(Double kmh) throws UpstreamException {
    if (kmh != null && (kmh < 0 || kmh > 500)) {
      throw UpstreamException.invalid("implausible wind speed");
    }
    return kmh;
  }
}
