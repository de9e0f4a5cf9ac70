/**
 * The domain of the SDK: administrative procedures, their maturity and catalog, the roadmap and the
 * working calendar. No HTTP client, no server.
 */
module vn.egov.sdk.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports vn.egov.sdk.core;
  exports vn.egov.sdk.core.catalog;
  exports vn.egov.sdk.core.roadmap;
  exports vn.egov.sdk.core.calendar;
  exports vn.egov.sdk.core.units;
}
