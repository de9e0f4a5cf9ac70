package vn.egov.sdk.core;

import java.util.EnumSet;
import java.util.List;

/**
 * Derives the Decree 43/2011 level and the Decree 42/2022 classification from one set of
 * capabilities, each as its own decree defines it (docs/sdk-core.md, "Maturity"):
 * <ul>
 *   <li><b>Decree 43/2011/NĐ-CP, Art. 3 cl. 4</b> — cumulative levels: level 1 needs
 *       {@link Capability#INFORMATION_PUBLISHED}; level 2 is level 1 plus
 *       {@link Capability#FORMS_DOWNLOADABLE}; level 3 is level 2 plus
 *       {@link Capability#ONLINE_SUBMISSION} and {@link Capability#ONLINE_PROCESSING}; level 4 is
 *       level 3 plus {@link Capability#ONLINE_PAYMENT} (its result may go out online, in person or
 *       by post). Each level is defined as "the previous level and …", so a service whose forms
 *       cannot be downloaded stays at level 1 whatever else it offers.</li>
 *   <li><b>Decree 42/2022/NĐ-CP, Art. 11 cl. 1</b> — {@link OnlineLevel#FULL_PROCESS} (toàn trình)
 *       when all information is provided, the procedure is carried out and settled entirely online
 *       (submission, processing, payment, nothing in person) and the result is returned online or
 *       by public post; {@link OnlineLevel#PARTIAL} (một phần) for an online public service that
 *       does not meet those conditions — the SDK counts a service as online once its information is
 *       published and its dossier can be submitted online; otherwise
 *       {@link OnlineLevel#INFORMATION_ONLY}. Downloadable form files play no part: the decree
 *       does not ask for them.</li>
 * </ul>
 */
public final class Maturity {
  /** Index = legacy level: the capabilities that level needs (cumulative), in enum order. */
  private static final List<List<Capability>> LEGACY_NEEDS = List.of(
      List.of(),
      List.of(Capability.INFORMATION_PUBLISHED),
      List.of(Capability.INFORMATION_PUBLISHED, Capability.FORMS_DOWNLOADABLE),
      List.of(Capability.INFORMATION_PUBLISHED, Capability.FORMS_DOWNLOADABLE,
          Capability.ONLINE_SUBMISSION, Capability.ONLINE_PROCESSING),
      List.of(Capability.INFORMATION_PUBLISHED, Capability.FORMS_DOWNLOADABLE,
          Capability.ONLINE_SUBMISSION, Capability.ONLINE_PROCESSING, Capability.ONLINE_PAYMENT));

  /** What Decree 42/2022 Art. 11 cl. 1 asks of each online level. */
  private static final List<Capability> INFORMATION_NEEDS = List.of(Capability.INFORMATION_PUBLISHED);
  private static final List<Capability> PARTIAL_NEEDS =
      List.of(Capability.INFORMATION_PUBLISHED, Capability.ONLINE_SUBMISSION);
  private static final List<Capability> FULL_PROCESS_NEEDS = List.of(
      Capability.INFORMATION_PUBLISHED, Capability.ONLINE_SUBMISSION, Capability.ONLINE_PROCESSING,
      Capability.ONLINE_PAYMENT, Capability.RESULT_ONLINE_OR_BY_POST, Capability.NO_PRESENCE_REQUIRED);

  private Maturity() {}

  /** Both classifications and what is missing for the next level of each. */
  public static Assessment assess(ServiceCapabilities capabilities) {
    int legacy = legacyLevel(capabilities);
    OnlineLevel online = onlineLevel(capabilities);
    EnumSet<Capability> missing = EnumSet.noneOf(Capability.class);
    if (legacy < 4) {
      missing.addAll(missingForLegacyLevel(capabilities, legacy + 1));
    }
    if (online != OnlineLevel.FULL_PROCESS) {
      missing.addAll(missingForOnlineLevel(capabilities, OnlineLevel.values()[online.ordinal() + 1]));
    }
    return new Assessment(legacy, online, List.copyOf(missing));
  }

  /** The Decree 43/2011 level, 1–4, or 0 when the information is not published. */
  public static int legacyLevel(ServiceCapabilities capabilities) {
    int level = 0;
    while (level < 4 && missingForLegacyLevel(capabilities, level + 1).isEmpty()) {
      level++;
    }
    return level;
  }

  /** The Decree 42/2022 classification, from the capabilities alone (not from the legacy level). */
  public static OnlineLevel onlineLevel(ServiceCapabilities capabilities) {
    if (missingForOnlineLevel(capabilities, OnlineLevel.FULL_PROCESS).isEmpty()) {
      return OnlineLevel.FULL_PROCESS;
    }
    if (missingForOnlineLevel(capabilities, OnlineLevel.PARTIAL).isEmpty()) {
      return OnlineLevel.PARTIAL;
    }
    return OnlineLevel.INFORMATION_ONLY;
  }

  /** The capabilities {@code capabilities} lacks for the given legacy level (1–4), in enum order. */
  public static List<Capability> missingForLegacyLevel(ServiceCapabilities capabilities, int level) {
    if (level < 1 || level > 4) {
      throw new IllegalArgumentException("level: must be from 1 to 4, was " + level);
    }
    return LEGACY_NEEDS.get(level).stream().filter(c -> !capabilities.has(c)).toList();
  }

  /**
   * The capabilities {@code capabilities} lacks for the given online level, in enum order.
   * {@link OnlineLevel#INFORMATION_ONLY} is the floor {@link #onlineLevel} never goes below; for it
   * this lists {@link Capability#INFORMATION_PUBLISHED} when the information is not published yet
   * (legacy level 0).
   */
  public static List<Capability> missingForOnlineLevel(ServiceCapabilities capabilities, OnlineLevel level) {
    List<Capability> needs = switch (level) {
      case INFORMATION_ONLY -> INFORMATION_NEEDS;
      case PARTIAL -> PARTIAL_NEEDS;
      case FULL_PROCESS -> FULL_PROCESS_NEEDS;
    };
    return needs.stream().filter(c -> !capabilities.has(c)).toList();
  }
}
