package vn.egov.sdk.forms.desk;

import java.util.Optional;
import vn.egov.sdk.core.catalog.Catalog;
import vn.egov.sdk.core.ChannelType;
import vn.egov.sdk.core.Channel;
import vn.egov.sdk.core.Procedure;

/**
 * Looks up the terms of a procedure by its national code (e.g. backed by sdk-core's catalog). Must not
 * throw for an unknown code: that is an empty answer.
 */
@FunctionalInterface
public interface ProcedureDirectory {
  Optional<ProcedureTerms> terms(String procedureCode);

  /**
   * The terms of sdk-core's catalog: the competent agency's unit code, and the processing time of the
   * online channel (or of the first channel when the procedure has no online one).
   */
  static ProcedureDirectory of(Catalog catalog) {
    return code -> catalog.find(code).map(ProcedureDirectory::termsOf);
  }

  private static ProcedureTerms termsOf(Procedure p) {
    Channel channel = p.channel(ChannelType.ONLINE).orElse(p.channels().get(0));
    ProcedureTerms.TimeUnit unit = switch (channel.processingTime().unit()) {
      case WORKING_DAYS -> ProcedureTerms.TimeUnit.WORKING_DAYS;
      case DAYS -> ProcedureTerms.TimeUnit.DAYS;
      case HOURS -> ProcedureTerms.TimeUnit.HOURS;
    };
    return new ProcedureTerms(p.competentAgency().code(), channel.processingTime().amount(), unit);
  }
}
