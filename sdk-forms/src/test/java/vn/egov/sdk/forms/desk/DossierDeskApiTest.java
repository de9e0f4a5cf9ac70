package vn.egov.sdk.forms.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.core.Problem;
import vn.egov.sdk.forms.Attachment;
import vn.egov.sdk.forms.FormDefinition;
import vn.egov.sdk.forms.FormDefinitions;
import vn.egov.sdk.forms.Samples;
import vn.egov.sdk.forms.Submission;

/** The desk's public API besides filing and the lifecycle table (those are DossierDeskTest's). */
class DossierDeskApiTest {
  private static final String OFFICIAL = "Trần Thị B";
  @TempDir Path dir;
  private final List<DossierDesk> open = new ArrayList<>();
  private final Map<String, ProcedureTerms> terms = new HashMap<>(DossierDeskTest.TERMS);

  private DossierDesk desk() {
    DossierDesk d = DossierDeskTest.builder().procedures(code -> Optional.ofNullable(terms.get(code)))
        .dataDir(dir).build();
    open.add(d);
    return d;
  }

  @AfterEach
  void close() {
    open.forEach(DossierDesk::close);
  }

  @Test
  void theFormsAreTheRegisteredOnesInOrder() {
    DossierDesk desk = desk();
    assertThat(desk.forms()).extracting(FormDefinition::id).containsExactlyElementsOf(FormDefinitions.SAMPLE_IDS);
    assertThat(desk.form("birth-registration")).isPresent();
    assertThat(desk.form("nope")).isEmpty();
  }

  @Test
  void validatingWithoutFilingAnswersAReportForAKnownFormOnly() {
    DossierDesk desk = desk();
    ObjectNode data = Samples.data("judicial-record-request");
    assertThat(desk.validate("judicial-record-request", data)).hasValueSatisfying(r -> assertThat(r.valid()).isTrue());
    data.remove("fullName");
    assertThat(desk.validate("judicial-record-request", data)).hasValueSatisfying(
        r -> assertThat(r.problems()).extracting(Problem::path).containsExactly("/fullName"));
    assertThat(desk.validate("nope", data)).isEmpty();
    assertThat(desk.find("000.00.15.H30-261127-0001")).isEmpty(); // validating files nothing
  }

  @Test
  void aFormWhoseProcedureIsNotInTheCatalogIsNotFiled() {
    DossierDesk desk = desk();
    terms.remove("1.001193");
    assertThatThrownBy(() -> desk.file(DossierDeskTest.birth(), "k"))
        .isInstanceOf(UnknownFormException.class).hasMessageContaining("catalog");
    assertThatThrownBy(() -> desk.file(new Submission("nope", Samples.data("birth-registration"), List.of()), "k"))
        .isInstanceOf(UnknownFormException.class);
  }

  @Test
  void aFileFieldLeftOutOfTheDataListsTheAttachmentsSentForIt() {
    DossierDesk desk = desk();
    ObjectNode data = Samples.data("birth-registration");
    data.remove("birthCertificate");
    Receipt r = desk.file(new Submission("birth-registration", data,
        List.of(new Attachment("birthCertificate", "giay-chung-sinh.pdf", "application/pdf", Samples.PDF))), "k1");
    assertThat(desk.data(r.dossierCode()).orElseThrow().get("birthCertificate").toString())
        .isEqualTo("[\"giay-chung-sinh.pdf\"]");

    ObjectNode without = Samples.data("birth-registration");
    without.remove("birthCertificate");
    assertThatThrownBy(() -> desk.file(new Submission("birth-registration", without, List.of()), "k2"))
        .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.report().problems())
            .extracting(Problem::path).contains("/birthCertificate"));
  }

  @Test
  void aNoteOfAtMost2000CharactersAndAnActorOfAtMost200AreAccepted() {
    DossierDesk desk = desk();
    String code = desk.file(DossierDeskTest.birth(), "k").dossierCode();
    assertThatThrownBy(() -> desk.move(code, DossierStatus.RECEIVED, "n".repeat(2001), OFFICIAL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2000");
    assertThatThrownBy(() -> desk.move(code, DossierStatus.RECEIVED, null, "a".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200");
    assertThatThrownBy(() -> desk.move(code, DossierStatus.RECEIVED, null, "  "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> desk.move(code, DossierStatus.RECEIVED, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    Dossier d = desk.move(code, DossierStatus.RECEIVED, "n".repeat(2000), " " + "a".repeat(200) + " ").orElseThrow();
    StatusChange last = d.history().get(d.history().size() - 1);
    assertThat(last.note()).hasValueSatisfying(n -> assertThat(n).hasSize(2000));
    assertThat(last.actor()).contains("a".repeat(200));
    assertThat(desk.move("000.00.15.H30-261127-0099", DossierStatus.RECEIVED, null, OFFICIAL)).isEmpty();
  }

  @Test
  void aDossierWhoseProcedureLeftTheCatalogKeepsItsDueDateWhenSupplemented() {
    DossierDesk desk = desk();
    Receipt r = desk.file(DossierDeskTest.birth(), "k");
    desk.move(r.dossierCode(), DossierStatus.RECEIVED, null, OFFICIAL);
    desk.move(r.dossierCode(), DossierStatus.SUPPLEMENT_REQUESTED, "thiếu giấy", OFFICIAL);
    terms.remove("1.001193");
    Dossier back = desk.move(r.dossierCode(), DossierStatus.PROCESSING, null, OFFICIAL).orElseThrow();
    assertThat(back.dueDate()).isEqualTo(r.dueDate());
  }

  @Test
  void aDossierWithdrawnDuringASupplementRequestKeepsItsDueDate() {
    DossierDesk desk = desk();
    Receipt r = desk.file(DossierDeskTest.birth(), "k");
    desk.move(r.dossierCode(), DossierStatus.RECEIVED, null, OFFICIAL);
    desk.move(r.dossierCode(), DossierStatus.SUPPLEMENT_REQUESTED, null, OFFICIAL);
    Dossier withdrawn = desk.move(r.dossierCode(), DossierStatus.WITHDRAWN, null, OFFICIAL).orElseThrow();
    assertThat(withdrawn.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2)).isEqualTo(r.dueDate());
  }

  @Test
  void anOpenDeskIsHealthyAndAClosedOneIsNot() {
    DossierDesk desk = DossierDeskTest.builder().dataDir(dir.resolve("health")).build();
    assertThat(desk.healthy()).isTrue();
    desk.close();
    assertThat(desk.healthy()).isFalse();
  }
}
