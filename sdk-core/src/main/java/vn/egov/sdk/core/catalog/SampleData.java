package vn.egov.sdk.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.egov.sdk.core.roadmap.Roadmap;

/**
 * Sample data shipped in the jar, for demos and tests: NOT an official list. The catalog holds
 * commonly used procedures of one province (Thanh Hóa) with illustrative agencies, unit codes and
 * service capabilities; see docs/sdk-core.md for what is real and what is made up.
 */
public final class SampleData {
  /** The class-path resource of the sample catalog. */
  public static final String CATALOG_RESOURCE = "/vn/egov/sdk/core/sample-catalog.json";

  private SampleData() {}

  /** The sample roadmap: the 2013 provincial portal's plan, {@link Roadmap#portal2013()}. */
  public static Roadmap roadmap() {
    return Roadmap.portal2013();
  }

  /** Loads the sample catalog (a fresh, immutable instance on each call). */
  public static Catalog catalog() {
    try (InputStream in = SampleData.class.getResourceAsStream(CATALOG_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("sample catalog missing from the class path: " + CATALOG_RESOURCE);
      }
      return Catalog.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("sample catalog could not be read", e);
    }
  }
}
