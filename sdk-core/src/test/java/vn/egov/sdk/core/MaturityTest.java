package vn.egov.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.sdk.core.Capability.FORMS_DOWNLOADABLE;
import static vn.egov.sdk.core.Capability.INFORMATION_PUBLISHED;
import static vn.egov.sdk.core.Capability.NO_PRESENCE_REQUIRED;
import static vn.egov.sdk.core.Capability.ONLINE_PAYMENT;
import static vn.egov.sdk.core.Capability.ONLINE_PROCESSING;
import static vn.egov.sdk.core.Capability.ONLINE_SUBMISSION;
import static vn.egov.sdk.core.Capability.RESULT_ONLINE_OR_BY_POST;
import static vn.egov.sdk.core.ResultDelivery.IN_PERSON;
import static vn.egov.sdk.core.ResultDelivery.ONLINE;
import static vn.egov.sdk.core.ResultDelivery.PUBLIC_POST;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaturityTest {

  private static ServiceCapabilities caps(boolean info, boolean forms, boolean submit,
      boolean process, boolean pay, Set<ResultDelivery> delivery, boolean presence) {
    return new ServiceCapabilities(info, forms, submit, process, pay, delivery, presence);
  }

  @Test
  void nothingPublishedIsBelowLevelOne() {
    Assessment a = Maturity.assess(caps(false, true, true, true, true, Set.of(ONLINE), false));
    assertThat(a.legacyLevel()).isZero();
    assertThat(a.onlineLevel()).isEqualTo(OnlineLevel.INFORMATION_ONLY);
    assertThat(a.missingForNext()).containsExactly(INFORMATION_PUBLISHED);
  }

  @Test
  void level1PublishesInformation() {
    Assessment a = Maturity.assess(ServiceCapabilities.informationOnly());
    assertThat(a.legacyLevel()).isEqualTo(1);
    assertThat(a.onlineLevel()).isEqualTo(OnlineLevel.INFORMATION_ONLY);
    // next legacy level needs forms; the next online level (partial) needs forms, submission, processing
    assertThat(a.missingForNext()).containsExactly(FORMS_DOWNLOADABLE, ONLINE_SUBMISSION, ONLINE_PROCESSING);
  }

  @Test
  void level2AddsDownloadableForms() {
    Assessment a = Maturity.assess(caps(true, true, false, false, false, Set.of(IN_PERSON), true));
    assertThat(a.legacyLevel()).isEqualTo(2);
    assertThat(a.onlineLevel()).isEqualTo(OnlineLevel.INFORMATION_ONLY);
    assertThat(a.missingForNext()).containsExactly(ONLINE_SUBMISSION, ONLINE_PROCESSING);
  }

  @Test
  void level3NeedsBothOnlineSubmissionAndProcessing() {
    assertThat(Maturity.legacyLevel(caps(true, true, true, false, false, Set.of(IN_PERSON), true))).isEqualTo(2);
    assertThat(Maturity.legacyLevel(caps(true, true, false, true, false, Set.of(IN_PERSON), true))).isEqualTo(2);
    Assessment a = Maturity.assess(caps(true, true, true, true, false, Set.of(IN_PERSON), true));
    assertThat(a.legacyLevel()).isEqualTo(3);
    assertThat(a.onlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
    assertThat(a.missingForNext()).containsExactly(ONLINE_PAYMENT, RESULT_ONLINE_OR_BY_POST, NO_PRESENCE_REQUIRED);
  }

  @Test
  void level3WithRemoteResultStillNeedsPaymentForFullProcess() {
    Assessment a = Maturity.assess(caps(true, true, true, true, false, Set.of(ONLINE), false));
    assertThat(a.legacyLevel()).isEqualTo(3);
    assertThat(a.onlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
    assertThat(a.missingForNext()).containsExactly(ONLINE_PAYMENT);
  }

  @Test
  void levelsAreCumulative() {
    // online everything but no downloadable forms: level 1
    Assessment a = Maturity.assess(caps(true, false, true, true, true, Set.of(ONLINE), false));
    assertThat(a.legacyLevel()).isEqualTo(1);
    assertThat(a.onlineLevel()).isEqualTo(OnlineLevel.INFORMATION_ONLY);
    assertThat(a.missingForNext()).containsExactly(FORMS_DOWNLOADABLE);
  }

  @Test
  void level4WithRemoteResultAndNoPresenceIsFullProcess() {
    for (Set<ResultDelivery> delivery : Set.of(Set.of(ONLINE), Set.of(PUBLIC_POST),
        Set.of(IN_PERSON, ONLINE), Set.of(IN_PERSON, PUBLIC_POST))) {
      Assessment a = Maturity.assess(caps(true, true, true, true, true, delivery, false));
      assertThat(a.legacyLevel()).isEqualTo(4);
      assertThat(a.onlineLevel()).isEqualTo(OnlineLevel.FULL_PROCESS);
      assertThat(a.missingForNext()).isEmpty();
    }
  }

  @Test
  void level4CollectedInPersonIsPartial() {
    Assessment a = Maturity.assess(caps(true, true, true, true, true, Set.of(IN_PERSON), false));
    assertThat(a.legacyLevel()).isEqualTo(4);
    assertThat(a.onlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
    assertThat(a.missingForNext()).containsExactly(RESULT_ONLINE_OR_BY_POST);
  }

  @Test
  void level4NeedingPresenceIsPartial() {
    Assessment a = Maturity.assess(caps(true, true, true, true, true, Set.of(ONLINE, PUBLIC_POST), true));
    assertThat(a.legacyLevel()).isEqualTo(4);
    assertThat(a.onlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
    assertThat(a.missingForNext()).containsExactly(NO_PRESENCE_REQUIRED);
  }

  @Test
  void fullProcessPreset() {
    Assessment a = Maturity.assess(ServiceCapabilities.fullProcess());
    assertThat(a).isEqualTo(new Assessment(4, OnlineLevel.FULL_PROCESS, java.util.List.of()));
  }

  @Test
  void missingForEachLevelIsExplicit() {
    ServiceCapabilities none = caps(false, false, false, false, false, Set.of(IN_PERSON), true);
    assertThat(Maturity.missingForLegacyLevel(none, 4))
        .containsExactly(INFORMATION_PUBLISHED, FORMS_DOWNLOADABLE, ONLINE_SUBMISSION, ONLINE_PROCESSING, ONLINE_PAYMENT);
    assertThat(Maturity.missingForOnlineLevel(none, OnlineLevel.FULL_PROCESS)).containsExactly(Capability.values());
    assertThat(Maturity.missingForOnlineLevel(none, OnlineLevel.INFORMATION_ONLY)).containsExactly(INFORMATION_PUBLISHED);
    assertThatThrownBy(() -> Maturity.missingForLegacyLevel(none, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Maturity.missingForLegacyLevel(none, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resultDeliveryIsRequired() {
    assertThatThrownBy(() -> caps(true, true, true, true, true, EnumSet.noneOf(ResultDelivery.class), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("resultDelivery: must not be empty");
  }

  /** Every one of the 256 combinations of capabilities, not a sample of them. */
  @Test
  void bothSchemesAgreeAndMissingLeadsUpForEveryCombination() {
    for (int mask = 0; mask < 256; mask++) {
      bothSchemesAgreeAndMissingLeadsUp((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0,
          (mask & 8) != 0, (mask & 16) != 0, (mask & 32) != 0, (mask & 64) != 0, (mask & 128) != 0);
    }
  }

  private static void bothSchemesAgreeAndMissingLeadsUp(boolean info, boolean forms,
      boolean submit, boolean process, boolean pay, boolean online,
      boolean post, boolean presence) {
    EnumSet<ResultDelivery> delivery = EnumSet.of(IN_PERSON);
    if (online) {
      delivery.add(ONLINE);
    }
    if (post) {
      delivery.add(PUBLIC_POST);
    }
    ServiceCapabilities c = caps(info, forms, submit, process, pay, delivery, presence);
    Assessment a = Maturity.assess(c);
    // the mapping of domain.md §1
    switch (a.onlineLevel()) {
      case INFORMATION_ONLY -> assertThat(a.legacyLevel()).isLessThanOrEqualTo(2);
      case PARTIAL -> assertThat(a.legacyLevel()).isBetween(3, 4);
      case FULL_PROCESS -> {
        assertThat(a.legacyLevel()).isEqualTo(4);
        assertThat(presence).isFalse();
        assertThat(online || post).isTrue();
      }
    }
    // adding every missing capability reaches the next level on both scales
    ServiceCapabilities next = caps(info || a.missingForNext().contains(INFORMATION_PUBLISHED),
        forms || a.missingForNext().contains(FORMS_DOWNLOADABLE),
        submit || a.missingForNext().contains(ONLINE_SUBMISSION),
        process || a.missingForNext().contains(ONLINE_PROCESSING),
        pay || a.missingForNext().contains(ONLINE_PAYMENT),
        a.missingForNext().contains(RESULT_ONLINE_OR_BY_POST) ? EnumSet.of(ONLINE) : delivery,
        presence && !a.missingForNext().contains(NO_PRESENCE_REQUIRED));
    Assessment b = Maturity.assess(next);
    if (a.legacyLevel() < 4) {
      assertThat(b.legacyLevel()).isGreaterThan(a.legacyLevel());
    }
    if (a.onlineLevel() != OnlineLevel.FULL_PROCESS) {
      assertThat(b.onlineLevel()).isGreaterThan(a.onlineLevel());
    }
  }
}
