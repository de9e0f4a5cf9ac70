package vn.egov.sdk.core;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.egov.sdk.core.internal.Rules;

/**
 * What a procedure's online service can do: the one set of facts from which both the Decree
 * 43/2011 level and the Decree 42/2022 level are derived ({@link Maturity}). Nothing here is a
 * label that could contradict another.
 *
 * @param informationPublished full information on the procedure and its legal texts is published
 * @param formsDownloadable every form (mẫu đơn, tờ khai) of the procedure can be downloaded and
 *     filled in; <b>a procedure without forms sets true</b> (there is nothing to download, so
 *     nothing stops Decree 43/2011 level 2). Only the Decree 43 levels use it: Decree 42/2022 does
 *     not ask for downloadable forms, so a service filed through web forms without form files is
 *     classified by what it does online
 * @param onlineSubmission the dossier can be submitted online (needs an ONLINE channel)
 * @param onlineProcessing the processing transactions (supplements, notices) happen online
 * @param onlinePayment fees and charges can be paid online; <b>a procedure without fees sets
 *     true</b> (there is nothing to pay in person)
 * @param resultDelivery how the result can reach the applicant, at least one way
 * @param presenceRequired the applicant must come in person at some step other than collecting
 *     the result (e.g. to present originals, sign, be photographed or fingerprinted)
 */
public record ServiceCapabilities(boolean informationPublished, boolean formsDownloadable,
    boolean onlineSubmission, boolean onlineProcessing, boolean onlinePayment,
    Set<ResultDelivery> resultDelivery, boolean presenceRequired) {

  public ServiceCapabilities {
    Rules.require(Rules.notEmpty(resultDelivery), "resultDelivery");
    resultDelivery = Set.copyOf(EnumSet.copyOf(Objects.requireNonNull(resultDelivery)));
  }

  /** Published information only; the result is collected in person. */
  public static ServiceCapabilities informationOnly() {
    return new ServiceCapabilities(true, false, false, false, false,
        Set.of(ResultDelivery.IN_PERSON), true);
  }

  /** Everything online, nothing in person, the result returned online or by public post. */
  public static ServiceCapabilities fullProcess() {
    return new ServiceCapabilities(true, true, true, true, true,
        Set.of(ResultDelivery.ONLINE, ResultDelivery.PUBLIC_POST), false);
  }

  /** Whether the result can go out online or by public post. */
  public boolean resultOnlineOrByPost() {
    return resultDelivery.contains(ResultDelivery.ONLINE)
        || resultDelivery.contains(ResultDelivery.PUBLIC_POST);
  }

  /** Whether this set has the capability. */
  public boolean has(Capability capability) {
    return switch (capability) {
      case INFORMATION_PUBLISHED -> informationPublished;
      case FORMS_DOWNLOADABLE -> formsDownloadable;
      case ONLINE_SUBMISSION -> onlineSubmission;
      case ONLINE_PROCESSING -> onlineProcessing;
      case ONLINE_PAYMENT -> onlinePayment;
      case RESULT_ONLINE_OR_BY_POST -> resultOnlineOrByPost();
      case NO_PRESENCE_REQUIRED -> !presenceRequired;
    };
  }
}
