package vn.egov.sdk.core;

import java.util.List;
import java.util.Objects;
import vn.egov.sdk.core.internal.Rules;
import vn.egov.sdk.core.internal.Texts;

/**
 * A group of dossier documents that apply in one case ("Đối với trường hợp …").
 *
 * @param condition the case the group applies to; empty for the common group
 * @param documents the documents, at least one
 */
public record DossierGroup(String condition, List<DossierDocument> documents) {
  public DossierGroup {
    condition = condition == null ? "" : Texts.clean(condition);
    Rules.require(Rules.notEmpty(documents), "documents");
    documents = List.copyOf(Objects.requireNonNull(documents));
  }
}
