/** Exchange-rate and weather widgets that stay fast and honest when their upstreams fail. */
module vn.egov.sdk.widgets {
  requires transitive vn.egov.sdk.core;
  requires transitive com.github.benmanes.caffeine;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires dev.failsafe.core;
  requires java.xml;
  requires okhttp3;
  requires okio;
  requires org.slf4j;

  exports vn.egov.sdk.widgets;
  // The last good data is kept as JSON: Jackson reads and writes these records.
  opens vn.egov.sdk.widgets to com.fasterxml.jackson.databind;
  opens vn.egov.sdk.widgets.internal to com.fasterxml.jackson.databind;
}
