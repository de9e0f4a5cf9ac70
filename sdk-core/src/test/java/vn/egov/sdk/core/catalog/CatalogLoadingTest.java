package vn.egov.sdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.core.Problem;
import vn.egov.sdk.core.LegalBasis;
import vn.egov.sdk.core.Procedure;

class CatalogLoadingTest {

  private static List<String> problemsOf(String resource) throws IOException {
    try (InputStream in = CatalogLoadingTest.class.getResourceAsStream(resource)) {
      CatalogFormatException e = catchThrowableOfType(CatalogFormatException.class, () -> Catalog.load(in));
      assertThat(e).as("the catalog must be rejected").isNotNull();
      return e.problems().stream().map(Problem::toString).toList();
    }
  }

  @Test
  void aBadFileIsRejectedWithEveryProblemByLocation() throws IOException {
    List<String> problems = problemsOf("/catalog/bad-catalog.json");
    assertThat(problems).contains(
        "/agencies/1/code: must be a QCVN 102:2016 unit code such as 000.00.15.H30"
            + " (groups of 3, 2, 2, 3 letters or digits, the last led by a letter)",
        "/agencies/2/code: duplicate agency code 000.00.15.H56",
        "/procedures/1/code: duplicate code 1.001193, first used at /procedures/0",
        "/procedures/1/adminLevel: must be one of CENTRAL, PROVINCE, DISTRICT, COMMUNE",
        "/procedures/1/competentAgency: unknown agency 999.99.99.H99 (not in /agencies)",
        "/procedures/1/steps: must not be empty",
        "/procedures/1/channels/0/processingTime/amount: must be positive",
        "/procedures/1/channels/0/processingTime/unit: must be one of WORKING_DAYS, DAYS, HOURS",
        "/procedures/1/channels/0/fees/0/amount: must not be negative",
        "/procedures/1/dossier/0/documents/0: at least one original, copy or electronic copy is needed",
        "/procedures/1/legalBasis/0/issuedOn: must be a date YYYY-MM-DD",
        "/procedures/1/capabilities/informationPublished: must be true or false",
        "/procedures/1/capabilities/resultDelivery: must not be empty",
        "/procedures/1/colour: unknown property",
        "/procedures/2/name: must not be blank",
        "/procedures/2/channels: online submission needs an ONLINE channel",
        "/procedures/3/channels: more than one ONLINE channel");
    assertThat(problems).hasSize(17);
  }

  @Test
  void everyProblemHasAStableCode() throws IOException {
    try (InputStream in = CatalogLoadingTest.class.getResourceAsStream("/catalog/bad-catalog.json")) {
      CatalogFormatException e = catchThrowableOfType(CatalogFormatException.class, () -> Catalog.load(in));
      assertThat(e.problems()).extracting(Problem::path, Problem::code).contains(
          tuple("/agencies/1/code", "INVALID_UNIT_CODE"),
          tuple("/agencies/2/code", "DUPLICATE"),
          tuple("/procedures/1/adminLevel", "NOT_AN_OPTION"),
          tuple("/procedures/1/competentAgency", "UNKNOWN_AGENCY"),
          tuple("/procedures/1/steps", "TOO_FEW_ITEMS"),
          tuple("/procedures/1/channels/0/processingTime/amount", "NOT_POSITIVE"),
          tuple("/procedures/1/channels/0/fees/0/amount", "NEGATIVE"),
          tuple("/procedures/1/dossier/0/documents/0", "NO_COPIES"),
          tuple("/procedures/1/legalBasis/0/issuedOn", "INVALID_DATE"),
          tuple("/procedures/1/capabilities/informationPublished", "TYPE_MISMATCH"),
          tuple("/procedures/1/colour", "UNKNOWN_PROPERTY"),
          tuple("/procedures/2/name", "REQUIRED"),
          tuple("/procedures/2/channels", "CHANNELS_INCONSISTENT"));
    }
    assertThat(catchThrowableOfType(CatalogFormatException.class, () -> Catalog.parse("{")).problems())
        .extracting(Problem::path, Problem::code).containsExactly(tuple("", "NOT_JSON"));
  }

  @Test
  void structuralProblems() {
    assertThat(problems("{")).singleElement().asString().startsWith("/: not valid JSON near line 1");
    assertThat(problems("")).containsExactly("/: the document is empty");
    assertThat(problems("[]")).containsExactly("/: must be an object");
    assertThat(problems("{\"format\":\"x\",\"agencies\":{},\"procedures\":[1]}")).containsExactly(
        "/format: must be \"vn.egov.sdk/catalog/1\"", "/agencies: must be an array",
        "/procedures/0: must be an object");
    assertThat(problems("{\"format\":\"vn.egov.sdk/catalog/1\",\"agencies\":[],\"procedures\":[], \"procedures\":[]}"))
        .singleElement().asString().startsWith("/: not valid JSON");
  }

  private static List<String> problems(String json) {
    CatalogFormatException e = catchThrowableOfType(CatalogFormatException.class, () -> Catalog.parse(json));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("catalog rejected");
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void theSampleRoundTripsThroughAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("catalog.json");
    try (InputStream in = SampleData.class.getResourceAsStream(SampleData.CATALOG_RESOURCE)) {
      Files.copy(in, file);
    }
    Catalog c = Catalog.load(file);
    assertThat(c.procedures()).isEqualTo(SampleData.catalog().procedures());
    assertThat(c.agencies()).isNotEmpty();
    Procedure birth = c.find("1.001193").orElseThrow();
    assertThat(birth.dossier().get(0).documents().get(0).form()).contains("TP/HT-2020-KS.1");
    assertThat(birth.legalBasis()).extracting(LegalBasis::number).contains("60/2014/QH13");
  }

  @Test
  void duplicateCodesInCodeBuiltCatalogs() {
    Procedure p = SampleData.catalog().find("1.001193").orElseThrow();
    assertThatThrownBy(() -> Catalog.of(List.of(p, p)))
        .isInstanceOf(CatalogFormatException.class)
        .satisfies(e -> assertThat(((CatalogFormatException) e).problems()).extracting(Problem::path)
            .containsExactly("/procedures/1/code"));
  }

  @Test
  void aMinimalDocumentLoads() {
    String json = """
        {"format":"vn.egov.sdk/catalog/1","agencies":[{"code":"000.00.15.H56","name":"Sở Tư pháp","level":"PROVINCE"}],
         "procedures":[{"code":"2.000488","decisionNumber":"1/QĐ","name":"Cấp Phiếu lý lịch tư pháp","type":"TTHC",
           "field":"Lý lịch tư pháp","adminLevel":"PROVINCE","competentAgency":"000.00.15.H56","steps":["Nộp"],
           "channels":[{"type":"IN_PERSON","processingTime":{"amount":10,"unit":"WORKING_DAYS"},
                        "fees":[{"description":"Phí","amount":200000},{"description":"Theo dữ liệu","amount":null}]}],
           "dossier":[{"documents":[{"name":"Tờ khai","originals":1}]}],"subjects":["Công dân"],
           "capabilities":{"informationPublished":true,"formsDownloadable":false,"onlineSubmission":false,
             "onlineProcessing":false,"onlinePayment":false,"resultDelivery":["IN_PERSON"],"presenceRequired":true}}]}""";
    Catalog c = Catalog.parse(json);
    Procedure p = c.find("2.000488").orElseThrow();
    assertThat(p.implementingAgencies()).containsExactly(p.competentAgency());
    assertThat(p.channels().get(0).fees().get(1).amount()).isNull();
    assertThat(p.assessment().legacyLevel()).isEqualTo(1);
    assertThat(json.getBytes(StandardCharsets.UTF_8)).isNotEmpty();
  }
}
