package vn.egov.sdk.core;

import java.util.Objects;
import vn.egov.sdk.core.internal.Rules;

/** A level a roadmap target counts procedures at or above: a Decree 43/2011 level or a Decree 42/2022 level. */
public sealed interface MaturityThreshold {

  /** Whether an assessment reaches this threshold. */
  boolean isMetBy(Assessment assessment);

  /** At or above Decree 43/2011 level {@code level} (1–4). */
  record Legacy(int level) implements MaturityThreshold {
    public Legacy {
      Rules.require(Rules.legacyLevel(level), "level");
    }

    @Override
    public boolean isMetBy(Assessment assessment) {
      return assessment.legacyLevel() >= level;
    }
  }

  /** At or above Decree 42/2022 level {@code level}. */
  record Online(OnlineLevel level) implements MaturityThreshold {
    public Online {
      Objects.requireNonNull(level, "level");
    }

    @Override
    public boolean isMetBy(Assessment assessment) {
      return assessment.onlineLevel().isAtLeast(level);
    }
  }

  static MaturityThreshold legacy(int level) {
    return new Legacy(level);
  }

  static MaturityThreshold online(OnlineLevel level) {
    return new Online(level);
  }
}
