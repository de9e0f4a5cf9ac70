package vn.egov.sdk.examples.site;

import java.util.List;
import vn.egov.sdk.core.Language;

/**
 * What the frame of every page needs: the language, the title, which navigation item is current,
 * the link that switches language on the same page, and the versioned URLs of the static files.
 *
 * @param nav the current navigation item ({@code home}, {@code procedures}, {@code forms},
 *     {@code dossiers}) or empty
 * @param scripts extra scripts of this page (versioned URLs), loaded deferred after the site's own
 */
public record Chrome(Language lang, String title, String nav, String switchUrl, String css, String siteJs,
    List<String> scripts, String emblem) {

  public Chrome {
    scripts = List.copyOf(scripts);
  }

  /** The Vietnamese or the English text, in the page's language. */
  public String t(String vi, String en) {
    return lang.pick(vi, en);
  }

  public String tag() {
    return lang.tag();
  }

  /** The language the switch leads to. */
  public Language other() {
    return lang == Language.VI ? Language.EN : Language.VI;
  }

  /** The portal's name in the header. */
  public String portalName() {
    return t("Cổng Dịch vụ công tỉnh Thanh Hóa", "Thanh Hoa Province Public Service Portal");
  }

  /** The agency that runs the portal. */
  public String agencyName() {
    return t("Ủy ban nhân dân tỉnh Thanh Hóa", "People's Committee of Thanh Hoa Province");
  }

  /**
   * The {@code lang} attribute of text that comes from the agency's data (procedure names, fields,
   * agencies, legal texts, poll questions), which is Vietnamese: {@code "vi"} on an English page (so a
   * screen reader reads it as Vietnamese, WCAG 3.1.2), null — no attribute — on a Vietnamese one.
   */
  public String dataLang() {
    return lang == Language.VI ? null : "vi";
  }

  public boolean current(String item) {
    return item.equals(nav);
  }
}
