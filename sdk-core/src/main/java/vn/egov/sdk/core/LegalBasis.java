package vn.egov.sdk.core;

import java.time.LocalDate;
import java.util.Objects;
import vn.egov.sdk.core.internal.Rules;
import vn.egov.sdk.core.internal.Texts;

/**
 * A legal text behind a procedure (căn cứ pháp lý).
 *
 * @param number its number, e.g. "60/2014/QH13"
 * @param summary its title, e.g. "Luật Hộ tịch"
 * @param issuedOn the issue date
 * @param issuer who issued it, e.g. "Quốc hội"
 */
public record LegalBasis(String number, String summary, LocalDate issuedOn, String issuer) {
  public LegalBasis {
    Rules.require(Rules.notBlank(number), "number");
    Rules.require(Rules.notBlank(summary), "summary");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Rules.require(Rules.notBlank(issuer), "issuer");
    number = Texts.clean(number);
    summary = Texts.clean(summary);
    issuer = Texts.clean(issuer);
  }
}
