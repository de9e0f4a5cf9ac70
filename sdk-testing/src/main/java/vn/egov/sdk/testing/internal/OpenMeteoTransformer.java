package vn.egov.sdk.testing.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers an Open-Meteo request like the real API: one object for one place, an array with one
 * object per requested place (in request order) for several. The objects are taken in turn from the
 * sample places (one JSON object per line) given as the transformer parameter {@link #PLACES}.
 */
public final class OpenMeteoTransformer implements ResponseDefinitionTransformerV2 {
  public static final String NAME = "egov-open-meteo";
  public static final String PLACES = "places";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    ResponseDefinition def = serveEvent.getResponseDefinition();
    String places = def.getTransformerParameters().getString(PLACES);
    QueryParameter lat = serveEvent.getRequest().queryParameter("latitude");
    QueryParameter lon = serveEvent.getRequest().queryParameter("longitude");
    if (!lat.isPresent() || !lon.isPresent()) {
      return error("Parameter 'latitude' and 'longitude' must be set.");
    }
    int count = lat.firstValue().split(",", -1).length;
    if (count != lon.firstValue().split(",", -1).length) {
      return error("Parameter 'latitude' and 'longitude' must have the same number of elements");
    }
    String body = count == 1 ? lines(places).get(0) : array(places, count);
    return ResponseDefinitionBuilder.like(def).but().withBody(body).build();
  }

  private static ResponseDefinition error(String reason) {
    return new ResponseDefinitionBuilder().withStatus(400)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody("{\"error\":true,\"reason\":\"" + reason + "\"}").build();
  }

  /** A JSON array of {@code count} objects taken in turn from the lines of {@code places}. */
  public static String array(String places, int count) {
    List<String> objects = lines(places);
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : ",").append(objects.get(i % objects.size()));
    }
    return out.append(']').toString();
  }

  private static List<String> lines(String places) {
    List<String> out = new ArrayList<>();
    for (String line : places.split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }
}
