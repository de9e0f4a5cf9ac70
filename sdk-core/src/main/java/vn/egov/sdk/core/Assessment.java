package vn.egov.sdk.core;

import java.util.List;
import java.util.Objects;

/**
 * A procedure's maturity under both legal schemes, derived from its {@link ServiceCapabilities} by
 * {@link Maturity#assess}.
 *
 * @param legacyLevel the Decree 43/2011 level 1–4, or 0 when not even the information is published
 * @param onlineLevel the Decree 42/2022 classification
 * @param missingForNext what is missing to reach the next legacy level and the next online level
 *     (both sets together, in {@link Capability} order); empty at level 4 and full-process
 */
public record Assessment(int legacyLevel, OnlineLevel onlineLevel, List<Capability> missingForNext) {
  public Assessment {
    if (legacyLevel < 0 || legacyLevel > 4) {
      throw new IllegalArgumentException("legacyLevel: must be from 0 to 4, was " + legacyLevel);
    }
    Objects.requireNonNull(onlineLevel, "onlineLevel");
    missingForNext = List.copyOf(missingForNext);
  }
}
