package vn.egov.sdk.widgets;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * A place to show the weather for, keyed by a stable id and its coordinates (not by a province name:
 * provinces merge, city centres stay).
 *
 * @param id lowercase ASCII letters, digits and hyphens, e.g. {@code ha-noi}
 * @param name the name shown to people (NFC), e.g. {@code Hà Nội}
 * @param latitude WGS84, -90 to 90
 * @param longitude WGS84, -180 to 180
 */
public record Place(String id, String name, double latitude, double longitude) {
  public Place {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*") || id.length() > 64) {
      throw new IllegalArgumentException(
          "place id must be lowercase letters, digits and single hyphens (at most 64), was '" + id + "'");
    }
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("place " + id + ": name must not be blank");
    }
    name = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("place " + id + ": latitude must be within -90..90, was " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("place " + id + ": longitude must be within -180..180, was " + longitude);
    }
  }

  /** The ten city centres of the reference list, Hà Nội first. */
  public static List<Place> defaults() {
    return List.of(
        new Place("ha-noi", "Hà Nội", 21.0285, 105.8542),
        new Place("tp-ho-chi-minh", "TP. Hồ Chí Minh", 10.8231, 106.6297),
        new Place("da-nang", "Đà Nẵng", 16.0544, 108.2022),
        new Place("hue", "Huế", 16.4637, 107.5909),
        new Place("can-tho", "Cần Thơ", 10.0452, 105.7469),
        new Place("hai-phong", "Hải Phòng", 20.8449, 106.6881),
        new Place("my-tho", "Mỹ Tho", 10.3600, 106.3600),
        new Place("nha-trang", "Nha Trang", 12.2388, 109.1967),
        new Place("da-lat", "Đà Lạt", 11.9404, 108.4583),
        new Place("vinh", "Vinh", 18.6667, 105.6833));
  }
}
