package vn.egov.sdk.core.roadmap;

import vn.egov.sdk.core.AdminLevel;
import vn.egov.sdk.core.Agency;
import vn.egov.sdk.core.LocalizedText;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.catalog.SearchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.egov.sdk.core.internal.Rules;
import vn.egov.sdk.core.internal.Texts;

/**
 * Which procedures a roadmap target speaks of: every procedure, those that use forms, those of one
 * agency, field or administrative level, or several of these at once ({@link #and}). Immutable.
 */
public sealed interface ProcedureKind {

  /** Whether the procedure is of this kind. */
  boolean includes(Procedure procedure);

  /** What the kind is, for people (e.g. "thủ tục có sử dụng biểu mẫu"). */
  LocalizedText label();

  /** Procedures of this kind and of {@code other}. */
  default ProcedureKind and(ProcedureKind other) {
    return new AllOf(List.of(this, Objects.requireNonNull(other, "other")));
  }

  /** Every procedure of the catalog. */
  static ProcedureKind any() {
    return Any.INSTANCE;
  }

  /** Procedures whose dossier names at least one form (mẫu đơn, tờ khai): {@link Procedure#usesForms()}. */
  static ProcedureKind usingForms() {
    return UsingForms.INSTANCE;
  }

  /** Procedures the agency with this unit code handles (competent or implementing). */
  static ProcedureKind handledBy(String agencyCode) {
    return new HandledBy(agencyCode);
  }

  /** Procedures of this field (lĩnh vực), compared as {@link SearchText#normalize search keys}. */
  static ProcedureKind inField(String field) {
    return new InField(field);
  }

  /** Procedures carried out at this administrative level. */
  static ProcedureKind atAdminLevel(AdminLevel level) {
    return new AtAdminLevel(level);
  }

  /** Every procedure. */
  enum Any implements ProcedureKind {
    INSTANCE;

    @Override
    public boolean includes(Procedure procedure) {
      return true;
    }

    @Override
    public LocalizedText label() {
      return LocalizedText.of("mọi thủ tục", "every procedure");
    }
  }

  /** Procedures that use forms. */
  enum UsingForms implements ProcedureKind {
    INSTANCE;

    @Override
    public boolean includes(Procedure procedure) {
      return procedure.usesForms();
    }

    @Override
    public LocalizedText label() {
      return LocalizedText.of("thủ tục có sử dụng biểu mẫu", "procedures that use forms");
    }
  }

  /** Procedures an agency handles. @param agencyCode its unit code ({@link Agency#isUnitCode}) */
  record HandledBy(String agencyCode) implements ProcedureKind {
    public HandledBy {
      Rules.require(Rules.unitCode(agencyCode), "agencyCode");
    }

    @Override
    public boolean includes(Procedure procedure) {
      return procedure.isHandledBy(agencyCode);
    }

    @Override
    public LocalizedText label() {
      return LocalizedText.of("thủ tục do đơn vị " + agencyCode + " giải quyết",
          "procedures handled by unit " + agencyCode);
    }
  }

  /** Procedures of one field. @param field the field as written, e.g. "Hộ tịch" */
  record InField(String field) implements ProcedureKind {
    public InField {
      Rules.require(Rules.notBlank(field), "field");
      field = Texts.clean(field);
    }

    @Override
    public boolean includes(Procedure procedure) {
      return SearchText.normalize(procedure.field()).equals(SearchText.normalize(field));
    }

    @Override
    public LocalizedText label() {
      return LocalizedText.of("thủ tục lĩnh vực " + field, "procedures in the field " + field);
    }
  }

  /** Procedures of one administrative level. */
  record AtAdminLevel(AdminLevel level) implements ProcedureKind {
    public AtAdminLevel {
      Objects.requireNonNull(level, "level");
    }

    @Override
    public boolean includes(Procedure procedure) {
      return procedure.adminLevel() == level;
    }

    @Override
    public LocalizedText label() {
      return LocalizedText.of("thủ tục " + level.label().vi().toLowerCase(Locale.ROOT),
          level.label().en().toLowerCase(Locale.ROOT) + "-level procedures");
    }
  }

  /** Procedures of every one of these kinds. @param kinds at least two kinds */
  record AllOf(List<ProcedureKind> kinds) implements ProcedureKind {
    public AllOf {
      kinds = List.copyOf(kinds);
      Rules.require(kinds.size() >= 2 ? null : "must name at least two kinds", "kinds");
    }

    @Override
    public boolean includes(Procedure procedure) {
      return kinds.stream().allMatch(k -> k.includes(procedure));
    }

    @Override
    public LocalizedText label() {
      return LocalizedText.of(
          String.join(", ", kinds.stream().map(k -> k.label().vi()).toList()),
          String.join(", ", kinds.stream().map(k -> k.label().en()).toList()));
    }

    @Override
    public ProcedureKind and(ProcedureKind other) {
      List<ProcedureKind> more = new ArrayList<>(kinds);
      more.add(Objects.requireNonNull(other, "other"));
      return new AllOf(more);
    }
  }
}
