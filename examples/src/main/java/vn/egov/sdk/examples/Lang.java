package vn.egov.sdk.examples;

import io.javalin.http.Context;
import vn.egov.sdk.core.Language;

/** Reads the language of user-facing text from {@code ?lang=vi|en}; Vietnamese by default. */
public final class Lang {
  private Lang() {}

  public static Language of(Context ctx) {
    return Language.fromTag(ctx.queryParam("lang"));
  }
}
