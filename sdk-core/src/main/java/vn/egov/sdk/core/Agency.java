package vn.egov.sdk.core;

import java.util.Objects;
import vn.egov.sdk.core.internal.Rules;
import vn.egov.sdk.core.internal.Texts;

/**
 * A state agency or unit.
 *
 * @param code its unit code ({@code V1V2V3.Z1Z2.Y1Y2.MX1X2} after QCVN 102:2016/BTTTT, e.g.
 *     {@code 000.00.15.H30}); dossier codes start with it (Circular 01/2018/TT-VPCP Art. 19).
 *     {@link #isUnitCode} is the one rule for it
 * @param name its name, e.g. "Sở Tư pháp tỉnh Thừa Thiên Huế"
 * @param level the administrative level it belongs to
 */
public record Agency(String code, String name, AdminLevel level) {
  public Agency {
    Rules.require(Rules.unitCode(code), "code");
    Rules.require(Rules.notBlank(name), "name");
    Objects.requireNonNull(level, "level");
    name = Texts.clean(name);
  }

  /**
   * Whether a text is a unit code as Circular 01/2018/TT-VPCP Art. 19 cl. 1 writes it: groups of 3,
   * 2, 2 and 3 upper-case letters or digits separated by dots, the last (level-1) group led by a
   * letter — {@code 000.00.15.H56}, {@code G12.34.56.H78}. The catalog, agencies, roadmap targets and
   * dossier codes all use this rule. {@code null} is not a unit code.
   */
  public static boolean isUnitCode(String code) {
    return Rules.isUnitCode(code);
  }
}
