package vn.egov.sdk.examples.site;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import vn.egov.sdk.core.Agency;
import vn.egov.sdk.core.Assessment;
import vn.egov.sdk.core.Capability;
import vn.egov.sdk.core.Fee;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.Maturity;
import vn.egov.sdk.core.OnlineLevel;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.ResultDelivery;

/**
 * The model of a procedure's page: the record itself, its maturity under both decrees with what each
 * lacks for its next level, and the link to its e-form (null when it has none).
 */
public record ProcedurePage(Procedure procedure, Assessment assessment, List<String> missingForNextLegacy,
    List<String> missingForNextOnline, String formUrl, Language lang) {

  public ProcedurePage {
    missingForNextLegacy = List.copyOf(missingForNextLegacy);
    missingForNextOnline = List.copyOf(missingForNextOnline);
  }

  public static ProcedurePage of(Procedure p, String formUrl, Language lang) {
    Assessment a = p.assessment();
    List<String> legacy = a.legacyLevel() >= 4 ? List.of()
        : Maturity.missingForLegacyLevel(p.capabilities(), a.legacyLevel() + 1).stream()
            .map(c -> c.label().in(lang)).toList();
    List<String> online = a.onlineLevel() == OnlineLevel.FULL_PROCESS ? List.of()
        : Maturity.missingForOnlineLevel(p.capabilities(), OnlineLevel.values()[a.onlineLevel().ordinal() + 1])
            .stream().map(c -> c.label().in(lang)).toList();
    return new ProcedurePage(p, a, legacy, online, formUrl, lang);
  }

  public String legacyLabel() {
    return legacyLabel(assessment.legacyLevel(), lang);
  }

  public static String legacyLabel(int level, Language lang) {
    return level == 0 ? lang.pick("Chưa công khai", "Not published") : lang.pick("Mức độ ", "Level ") + level;
  }

  public String onlineLabel() {
    return assessment.onlineLevel().label().in(lang);
  }

  public String onlineClass() {
    return cssClass(assessment.onlineLevel());
  }

  public static String cssClass(OnlineLevel level) {
    return level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The next legacy level's label, or null at level 4. */
  public String nextLegacyLabel() {
    return assessment.legacyLevel() >= 4 ? null : legacyLabel(assessment.legacyLevel() + 1, lang);
  }

  /** The next online class's label, or null at full process. */
  public String nextOnlineLabel() {
    return assessment.onlineLevel() == OnlineLevel.FULL_PROCESS ? null
        : OnlineLevel.values()[assessment.onlineLevel().ordinal() + 1].label().in(lang);
  }

  /** What the online service offers, as labels (the capabilities it has). */
  public List<String> capabilities() {
    return java.util.Arrays.stream(Capability.values()).filter(procedure.capabilities()::has)
        .map(c -> c.label().in(lang)).toList();
  }

  public List<String> resultDelivery() {
    return procedure.capabilities().resultDelivery().stream().sorted()
        .map(d -> label(d)).toList();
  }

  private String label(ResultDelivery d) {
    return switch (d) {
      case IN_PERSON -> lang.pick("Trực tiếp tại cơ quan", "In person at the agency");
      case ONLINE -> lang.pick("Trực tuyến (bản điện tử)", "Online (electronic copy)");
      case PUBLIC_POST -> lang.pick("Qua bưu chính công ích", "By public post");
    };
  }

  /** "50.000 đồng" / "VND 50,000"; "Miễn phí" for zero; the description's own words when not fixed. */
  public String amount(Fee fee) {
    if (fee.amount() == null) {
      return lang.pick("Theo quy định", "As regulated");
    }
    if (fee.isFree()) {
      return lang.pick("Miễn phí", "Free");
    }
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(lang.locale()));
    String n = f.format(fee.amount());
    return "VND".equals(fee.currency()) ? lang.pick(n + " đồng", "VND " + n) : fee.currency() + " " + n;
  }

  public String agencyLabel(Agency a) {
    return a.name() + " (" + a.code() + ")";
  }

  public String copies(int n, String vi, String en) {
    return n + " " + lang.pick(vi, en);
  }

  public static boolean positive(BigDecimal d) {
    return d != null && d.signum() > 0;
  }
}
