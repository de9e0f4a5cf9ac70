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

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The two schemes, each against its own text: Decree 43/2011/NĐ-CP Art. 3 cl. 4 (levels 1–4) and
 * Decree 42/2022/NĐ-CP Art. 11 cl. 1 (toàn trình / một phần). The cases named after a clause follow
 * the clause's wording; the exhaustive test checks every combination of capabilities against an
 * oracle written straight from both texts.
 */
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

  /** Decree 43 level 1: "cung cấp đầy đủ các thông tin về thủ tục hành chính và các văn bản có liên quan". */
  @Test
  void level1PublishesInformation() {
    Assessment a = Maturity.assess(ServiceCapabilities.informationOnly());
    assertThat(a.legacyLevel()).isEqualTo(1);
    assertThat(a.onlineLevel()).isEqualTo(OnlineLevel.INFORMATION_ONLY);
    // next legacy level needs forms; the next online level (partial) needs online submission
    assertThat(a.missingForNext()).containsExactly(FORMS_DOWNLOADABLE, ONLINE_SUBMISSION);
  }

  /** Decree 43 level 2: forms downloaded, "hồ sơ … được gửi trực tiếp hoặc qua đường bưu điện". */
  @Test
  void level2AddsDownloadableFormsAndIsNotAnOnlineServiceUnderDecree42() {
    Assessment a = Maturity.assess(caps(true, true, false, false, false, Set.of(IN_PERSON), true));
    assertThat(a.legacyLevel()).isEqualTo(2);
    assertThat(a.onlineLevel()).isEqualTo(OnlineLevel.INFORMATION_ONLY);
    assertThat(a.missingForNext()).containsExactly(ONLINE_SUBMISSION, ONLINE_PROCESSING);
  }

  /**
   * Decree 43 level 3: forms filled in and sent online, processing online, "việc thanh toán lệ phí
   * (nếu có) và nhận kết quả được thực hiện trực tiếp" — partial under Decree 42.
   */
  @Test
  void level3PaysAndCollectsInPersonAndIsPartial() {
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

  /**
   * Issue 11.3: a procedure filed, handled, paid and returned entirely online through web forms but
   * without downloadable form files is full-process under Decree 42 Art. 11 cl. 1 a (which asks
   * nothing about downloads), and level 1 under Decree 43, whose levels are cumulative.
   */
  @Test
  void fullyOnlineThroughWebFormsWithoutFormFilesIsFullProcess() {
    Assessment a = Maturity.assess(caps(true, false, true, true, true, Set.of(ONLINE), false));
    assertThat(a.onlineLevel()).isEqualTo(OnlineLevel.FULL_PROCESS);
    assertThat(a.legacyLevel()).isEqualTo(1);
    assertThat(a.missingForNext()).containsExactly(FORMS_DOWNLOADABLE);
  }

  /** A procedure without forms sets formsDownloadable (docs/sdk-core.md): both top levels. */
  @Test
  void aProcedureWithoutFormsReachesBothTopLevels() {
    Assessment a = Maturity.assess(caps(true, true, true, true, true, Set.of(PUBLIC_POST), false));
    assertThat(a).isEqualTo(new Assessment(4, OnlineLevel.FULL_PROCESS, List.of()));
  }

  /** Submitted online but processed on paper is still "một phần" (Art. 11 cl. 1 b), and level 2 at most. */
  @Test
  void onlineSubmissionAloneIsPartial() {
    Assessment a = Maturity.assess(caps(true, true, true, false, false, Set.of(IN_PERSON), true));
    assertThat(a.onlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
    assertThat(a.legacyLevel()).isEqualTo(2);
    assertThat(Maturity.missingForOnlineLevel(caps(true, true, true, false, false, Set.of(IN_PERSON), true),
        OnlineLevel.FULL_PROCESS))
        .containsExactly(ONLINE_PROCESSING, ONLINE_PAYMENT, RESULT_ONLINE_OR_BY_POST, NO_PRESENCE_REQUIRED);
  }

  /** Decree 43 level 4: "việc trả kết quả có thể được thực hiện trực tuyến, gửi trực tiếp hoặc qua đường bưu điện". */
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

  /** Art. 11 cl. 1 a: the result is returned "trực tuyến hoặc qua dịch vụ bưu chính công ích". */
  @Test
  void level4CollectedInPersonIsPartial() {
    Assessment a = Maturity.assess(caps(true, true, true, true, true, Set.of(IN_PERSON), false));
    assertThat(a.legacyLevel()).isEqualTo(4);
    assertThat(a.onlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
    assertThat(a.missingForNext()).containsExactly(RESULT_ONLINE_OR_BY_POST);
  }

  /**
   * Art. 11 cl. 1, last sentence: where the applicant must be present at the agency (or the agency
   * must verify on site) the service is not carried out entirely online: partial.
   */
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
    assertThat(a).isEqualTo(new Assessment(4, OnlineLevel.FULL_PROCESS, List.of()));
  }

  @Test
  void missingForEachLevelIsExplicit() {
    ServiceCapabilities none = caps(false, false, false, false, false, Set.of(IN_PERSON), true);
    assertThat(Maturity.missingForLegacyLevel(none, 4))
        .containsExactly(INFORMATION_PUBLISHED, FORMS_DOWNLOADABLE, ONLINE_SUBMISSION, ONLINE_PROCESSING, ONLINE_PAYMENT);
    assertThat(Maturity.missingForOnlineLevel(none, OnlineLevel.FULL_PROCESS)).containsExactly(
        INFORMATION_PUBLISHED, ONLINE_SUBMISSION, ONLINE_PROCESSING, ONLINE_PAYMENT,
        RESULT_ONLINE_OR_BY_POST, NO_PRESENCE_REQUIRED);
    assertThat(Maturity.missingForOnlineLevel(none, OnlineLevel.PARTIAL))
        .containsExactly(INFORMATION_PUBLISHED, ONLINE_SUBMISSION);
    assertThat(Maturity.missingForOnlineLevel(none, OnlineLevel.INFORMATION_ONLY)).containsExactly(INFORMATION_PUBLISHED);
    assertThat(Maturity.missingForOnlineLevel(ServiceCapabilities.informationOnly(), OnlineLevel.INFORMATION_ONLY)).isEmpty();
    assertThatThrownBy(() -> Maturity.missingForLegacyLevel(none, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Maturity.missingForLegacyLevel(none, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resultDeliveryIsRequired() {
    assertThatThrownBy(() -> caps(true, true, true, true, true, EnumSet.noneOf(ResultDelivery.class), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("resultDelivery: must not be empty");
  }

  /** Every non-empty set of result channels. */
  private static List<Set<ResultDelivery>> deliveries() {
    List<Set<ResultDelivery>> all = new ArrayList<>();
    for (int m = 1; m < 8; m++) {
      EnumSet<ResultDelivery> d = EnumSet.noneOf(ResultDelivery.class);
      for (ResultDelivery r : ResultDelivery.values()) {
        if ((m & (1 << r.ordinal())) != 0) {
          d.add(r);
        }
      }
      all.add(d);
    }
    return all;
  }

  /**
   * All 448 combinations (5 flags × 7 non-empty result sets × presence), each against an oracle
   * written from the decrees' wording — not from Maturity's tables — and the "missing" lists must
   * lead to the next level of each scheme.
   */
  @Test
  void everyCombinationFollowsBothDecrees() {
    int checked = 0;
    for (int mask = 0; mask < 32; mask++) {
      for (Set<ResultDelivery> delivery : deliveries()) {
        for (boolean presence : new boolean[] {false, true}) {
          boolean info = (mask & 1) != 0;
          boolean forms = (mask & 2) != 0;
          boolean submit = (mask & 4) != 0;
          boolean process = (mask & 8) != 0;
          boolean pay = (mask & 16) != 0;
          ServiceCapabilities c = caps(info, forms, submit, process, pay, delivery, presence);
          Assessment a = Maturity.assess(c);
          String where = c.toString();

          // Decree 43/2011 Art. 3 cl. 4: each level is the previous one "và" more.
          boolean l1 = info;
          boolean l2 = l1 && forms;
          boolean l3 = l2 && submit && process;
          boolean l4 = l3 && pay;
          int legacy = l4 ? 4 : l3 ? 3 : l2 ? 2 : l1 ? 1 : 0;
          assertThat(a.legacyLevel()).as(where).isEqualTo(legacy);

          // Decree 42/2022 Art. 11 cl. 1: a) everything online, result online or by public post,
          // nobody present; b) any other online public service.
          boolean remoteResult = delivery.contains(ONLINE) || delivery.contains(PUBLIC_POST);
          boolean full = info && submit && process && pay && remoteResult && !presence;
          boolean online = info && submit;
          OnlineLevel expected = full ? OnlineLevel.FULL_PROCESS
              : online ? OnlineLevel.PARTIAL : OnlineLevel.INFORMATION_ONLY;
          assertThat(a.onlineLevel()).as(where).isEqualTo(expected);
          // downloadable forms never change the Decree 42 class
          ServiceCapabilities flipped = caps(info, !forms, submit, process, pay, delivery, presence);
          assertThat(Maturity.onlineLevel(flipped)).as(where).isEqualTo(expected);

          assertThat(a.missingForNext().isEmpty()).as(where).isEqualTo(legacy == 4 && full);
          leadsUp(c, a);
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(448);
  }

  /** Adding every missing capability reaches the next level on both scales. */
  private static void leadsUp(ServiceCapabilities c, Assessment a) {
    List<Capability> m = a.missingForNext();
    ServiceCapabilities next = caps(c.informationPublished() || m.contains(INFORMATION_PUBLISHED),
        c.formsDownloadable() || m.contains(FORMS_DOWNLOADABLE),
        c.onlineSubmission() || m.contains(ONLINE_SUBMISSION),
        c.onlineProcessing() || m.contains(ONLINE_PROCESSING),
        c.onlinePayment() || m.contains(ONLINE_PAYMENT),
        m.contains(RESULT_ONLINE_OR_BY_POST) ? EnumSet.of(ONLINE) : c.resultDelivery(),
        c.presenceRequired() && !m.contains(NO_PRESENCE_REQUIRED));
    Assessment b = Maturity.assess(next);
    if (a.legacyLevel() < 4) {
      assertThat(b.legacyLevel()).as(c.toString()).isGreaterThan(a.legacyLevel());
    }
    if (a.onlineLevel() != OnlineLevel.FULL_PROCESS) {
      assertThat(b.onlineLevel()).as(c.toString()).isGreaterThan(a.onlineLevel());
    }
    // nothing listed is already there
    m.forEach(cap -> assertThat(c.has(cap)).as(c + " " + cap).isFalse());
  }
}
