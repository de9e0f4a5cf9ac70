package vn.egov.sdk.core;

import java.util.Objects;
import vn.egov.sdk.core.internal.Rules;
import vn.egov.sdk.core.internal.Texts;

/**
 * A state agency or unit.
 *
 * @param code its QCVN 102:2016/BTTTT unit code ({@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, e.g.
 *     {@code 000.00.15.H30}); dossier codes start with it (Circular 01/2018/TT-VPCP)
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
}
