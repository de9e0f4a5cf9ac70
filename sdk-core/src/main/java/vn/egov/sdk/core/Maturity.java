package vn.egov.sdk.core;

import java.util.EnumSet;
import java.util.List;

/**
 * Derives the Decree 43/2011 level and the Decree 42/2022 classification from one set of
 * capabilities. The rules (see docs/sdk-core.md):
 * <ul>
 *   <li>level 1 needs {@link Capability#INFORMATION_PUBLISHED}; level 2 adds
 *       {@link Capability#FORMS_DOWNLOADABLE}; level 3 adds {@link Capability#ONLINE_SUBMISSION} and
 *       {@link Capability#ONLINE_PROCESSING}; level 4 adds {@link Capability#ONLINE_PAYMENT} (its
 *       result may go out online, in person or by post). Levels are cumulative: a service without
 *       downloadable forms is level 1 whatever else it offers.</li>
 *   <li>levels 0–2 are {@link OnlineLevel#INFORMATION_ONLY}; level 3 is {@link OnlineLevel#PARTIAL};
 *       level 4 is {@link OnlineLevel#FULL_PROCESS} only when nothing must be done in person and the
 *       result goes out online or by public post, else PARTIAL.</li>
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

  /** The Decree 42/2022 classification. */
  public static OnlineLevel onlineLevel(ServiceCapabilities capabilities) {
    int legacy = legacyLevel(capabilities);
    if (legacy < 3) {
      return OnlineLevel.INFORMATION_ONLY;
    }
    if (legacy == 4 && !capabilities.presenceRequired() && capabilities.resultOnlineOrByPost()) {
      return OnlineLevel.FULL_PROCESS;
    }
    return OnlineLevel.PARTIAL;
  }

  /** The capabilities {@code capabilities} lacks for the given legacy level (1–4). */
  public static List<Capability> missingForLegacyLevel(ServiceCapabilities capabilities, int level) {
    if (level < 1 || level > 4) {
      throw new IllegalArgumentException("level: must be from 1 to 4, was " + level);
    }
    return LEGACY_NEEDS.get(level).stream().filter(c -> !capabilities.has(c)).toList();
  }

  /** The capabilities {@code capabilities} lacks for the given online level. */
  public static List<Capability> missingForOnlineLevel(ServiceCapabilities capabilities, OnlineLevel level) {
    EnumSet<Capability> needs = switch (level) {
      case INFORMATION_ONLY -> EnumSet.copyOf(LEGACY_NEEDS.get(1));
      case PARTIAL -> EnumSet.copyOf(LEGACY_NEEDS.get(3));
      case FULL_PROCESS -> {
        EnumSet<Capability> all = EnumSet.copyOf(LEGACY_NEEDS.get(4));
        all.add(Capability.RESULT_ONLINE_OR_BY_POST);
        all.add(Capability.NO_PRESENCE_REQUIRED);
        yield all;
      }
    };
    return needs.stream().filter(c -> !capabilities.has(c)).toList();
  }
}
