package vn.egov.sdk.core;

import java.util.Optional;
import vn.egov.sdk.core.internal.Rules;
import vn.egov.sdk.core.internal.Texts;

/**
 * One document of a dossier (thành phần hồ sơ).
 *
 * @param name what the document is, e.g. "Tờ khai đăng ký khai sinh"
 * @param form the attached form (mẫu đơn, tờ khai), e.g. "TP/HT-2020-KS.1" or a form id of
 *     sdk-forms; empty when the document has no form
 * @param originals number of originals (bản chính)
 * @param copies number of copies (bản sao)
 * @param electronic number of electronic copies (bản điện tử)
 */
public record DossierDocument(String name, Optional<String> form, int originals, int copies,
    int electronic) {
  public DossierDocument {
    Rules.require(Rules.notBlank(name), "name");
    name = Texts.clean(name);
    form = form.map(Texts::clean).filter(f -> !f.isEmpty());
    Rules.require(Rules.notNegative(originals), "originals");
    Rules.require(Rules.notNegative(copies), "copies");
    Rules.require(Rules.notNegative(electronic), "electronic");
    Rules.require(originals + copies + electronic > 0 ? null
        : "at least one original, copy or electronic copy is needed", "originals");
  }

  /** A document without a form: one original. */
  public static DossierDocument original(String name) {
    return new DossierDocument(name, Optional.empty(), 1, 0, 0);
  }
}
