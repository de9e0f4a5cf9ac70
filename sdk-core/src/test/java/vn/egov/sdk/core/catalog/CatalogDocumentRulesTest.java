package vn.egov.sdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.sdk.core.AdminLevel;
import vn.egov.sdk.core.ChannelType;
import vn.egov.sdk.core.DossierDocument;
import vn.egov.sdk.core.Fee;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.ProcessingTime;
import vn.egov.sdk.core.ResultDelivery;
import vn.egov.sdk.core.ServiceCapabilities;

/**
 * The catalog format (docs/sdk-core.md) member by member: a complete document reads into exactly the
 * values it holds, and each kind of mistake in each kind of object is reported at its JSON path with
 * its code and message.
 */
class CatalogDocumentRulesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A document using every member of the format once. */
  private static ObjectNode full() {
    try {
      return (ObjectNode) MAPPER.readTree("""
          {"format":"vn.egov.sdk/catalog/1","sample":false,"title":"Danh mục",
           "agencies":[{"code":"000.00.15.H56","name":"Sở Tư pháp","level":"PROVINCE"},
                       {"code":"000.01.01.H56","name":"UBND phường","level":"COMMUNE"},
                       {"code":"000.02.01.H56","name":"Bưu điện","level":"DISTRICT"},
                       {"code":"000.03.01.H56","name":"Công an","level":"CENTRAL"}],
           "procedures":[{"code":"2.000488","localCode":"2.000488.000.00.15.H56","decisionNumber":"1/QĐ",
             "name":"Cấp Phiếu","description":"Mô tả","type":"TTHC","field":"Lý lịch tư pháp","adminLevel":"PROVINCE",
             "competentAgency":"000.00.15.H56","implementingAgencies":["000.01.01.H56"],
             "delegatedAgencies":["000.02.01.H56"],"coordinatingAgencies":["000.03.01.H56"],
             "steps":["Nộp","Nhận"],
             "channels":[{"type":"ONLINE","processingTime":{"amount":10,"unit":"WORKING_DAYS"},
                          "fees":[{"description":"Phí","amount":200000,"currency":"USD"},{"description":"Theo dữ liệu"}],
                          "note":"Ghi chú"}],
             "dossier":[{"condition":"Nếu ủy quyền","documents":[{"name":"Tờ khai","form":"Mẫu 01","originals":1,
                          "copies":2,"electronic":3}]}],
             "subjects":["Công dân"],"results":["Phiếu"],"requirements":["Đủ tuổi"],
             "legalBasis":[{"number":"28/2009/QH12","summary":"Luật","issuedOn":"2009-06-17","issuer":"Quốc hội"}],
             "capabilities":{"informationPublished":true,"formsDownloadable":false,"onlineSubmission":true,
               "onlineProcessing":false,"onlinePayment":true,"resultDelivery":["PUBLIC_POST","ONLINE"],
               "presenceRequired":false}}]}""");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode procedure(ObjectNode doc) {
    return (ObjectNode) doc.get("procedures").get(0);
  }

  private static List<String> problems(Consumer<ObjectNode> change) {
    ObjectNode doc = full();
    change.accept(doc);
    CatalogFormatException e = catchThrowableOfType(CatalogFormatException.class, () -> Catalog.parse(doc.toString()));
    assertThat(e).as("rejected: " + doc).isNotNull();
    return e.problems().stream().map(p -> p.code() + " " + p).toList();
  }

  @Test
  void aCompleteDocumentReadsIntoExactlyItsValues() {
    Catalog c = Catalog.parse(full().toString());
    assertThat(c.agencies()).hasSize(4);
    assertThat(c.agencies().get(3).level()).isEqualTo(AdminLevel.CENTRAL);
    Procedure p = c.find("2.000488").orElseThrow();
    assertThat(p.localCode()).contains("2.000488.000.00.15.H56");
    assertThat(p.decisionNumber()).isEqualTo("1/QĐ");
    assertThat(p.name()).isEqualTo("Cấp Phiếu");
    assertThat(p.description()).isEqualTo("Mô tả");
    assertThat(p.type()).isEqualTo("TTHC");
    assertThat(p.field()).isEqualTo("Lý lịch tư pháp");
    assertThat(p.adminLevel()).isEqualTo(AdminLevel.PROVINCE);
    assertThat(p.competentAgency().name()).isEqualTo("Sở Tư pháp");
    assertThat(p.implementingAgencies()).extracting(a -> a.code()).containsExactly("000.01.01.H56");
    assertThat(p.delegatedAgencies()).extracting(a -> a.code()).containsExactly("000.02.01.H56");
    assertThat(p.coordinatingAgencies()).extracting(a -> a.code()).containsExactly("000.03.01.H56");
    assertThat(p.steps()).containsExactly("Nộp", "Nhận");
    assertThat(p.channels()).singleElement().satisfies(ch -> {
      assertThat(ch.type()).isEqualTo(ChannelType.ONLINE);
      assertThat(ch.processingTime()).isEqualTo(ProcessingTime.workingDays(10));
      assertThat(ch.fees()).containsExactly(new Fee("Phí", new BigDecimal("200000"), "USD"),
          new Fee("Theo dữ liệu", null, "VND"));
      assertThat(ch.note()).isEqualTo("Ghi chú");
    });
    assertThat(p.dossier()).singleElement().satisfies(g -> {
      assertThat(g.condition()).isEqualTo("Nếu ủy quyền");
      assertThat(g.documents()).containsExactly(new DossierDocument("Tờ khai", java.util.Optional.of("Mẫu 01"), 1, 2, 3));
    });
    assertThat(p.subjects()).containsExactly("Công dân");
    assertThat(p.results()).containsExactly("Phiếu");
    assertThat(p.requirements()).containsExactly("Đủ tuổi");
    assertThat(p.legalBasis()).singleElement().satisfies(l -> {
      assertThat(l.number()).isEqualTo("28/2009/QH12");
      assertThat(l.summary()).isEqualTo("Luật");
      assertThat(l.issuedOn()).isEqualTo(LocalDate.of(2009, 6, 17));
      assertThat(l.issuer()).isEqualTo("Quốc hội");
    });
    assertThat(p.capabilities()).isEqualTo(new ServiceCapabilities(true, false, true, false, true,
        java.util.Set.of(ResultDelivery.PUBLIC_POST, ResultDelivery.ONLINE), false));
  }

  @Test
  void optionalMembersMayBeLeftOut() {
    Catalog c = Catalog.parse(full().without(List.of("sample", "title")).toString());
    assertThat(c.size()).isEqualTo(1);
    ObjectNode doc = full();
    ObjectNode p = procedure(doc);
    p.remove(List.of("localCode", "description", "implementingAgencies", "delegatedAgencies",
        "coordinatingAgencies", "results", "requirements", "legalBasis"));
    ObjectNode channel = (ObjectNode) p.get("channels").get(0);
    channel.remove(List.of("fees", "note"));
    ((ObjectNode) p.get("dossier").get(0)).remove("condition");
    ObjectNode document = (ObjectNode) p.get("dossier").get(0).get("documents").get(0);
    document.remove(List.of("form", "copies", "electronic"));
    Procedure read = Catalog.parse(doc.toString()).find("2.000488").orElseThrow();
    assertThat(read.localCode()).isEmpty();
    assertThat(read.description()).isEmpty();
    assertThat(read.implementingAgencies()).containsExactly(read.competentAgency());
    assertThat(read.delegatedAgencies()).isEmpty();
    assertThat(read.results()).isEmpty();
    assertThat(read.legalBasis()).isEmpty();
    assertThat(read.channels().get(0).fees()).isEmpty();
    assertThat(read.channels().get(0).note()).isEmpty();
    assertThat(read.dossier().get(0).condition()).isEmpty();
    assertThat(read.dossier().get(0).documents()).containsExactly(DossierDocument.original("Tờ khai"));
    document.put("originals", 0).put("electronic", 1);
    assertThat(Catalog.parse(doc.toString()).find("2.000488").orElseThrow().dossier().get(0).documents().get(0)
        .electronic()).isEqualTo(1);
    document.put("electronic", 0).put("copies", 1);
    assertThat(Catalog.parse(doc.toString()).find("2.000488").orElseThrow().dossier().get(0).documents().get(0)
        .copies()).isEqualTo(1);
  }

  @ParameterizedTest(name = "an unknown member of {0} is reported")
  @CsvSource({
      "'', /x",
      "/agencies/0, /agencies/0/x",
      "/procedures/0, /procedures/0/x",
      "/procedures/0/channels/0, /procedures/0/channels/0/x",
      "/procedures/0/channels/0/processingTime, /procedures/0/channels/0/processingTime/x",
      "/procedures/0/channels/0/fees/0, /procedures/0/channels/0/fees/0/x",
      "/procedures/0/dossier/0, /procedures/0/dossier/0/x",
      "/procedures/0/dossier/0/documents/0, /procedures/0/dossier/0/documents/0/x",
      "/procedures/0/legalBasis/0, /procedures/0/legalBasis/0/x",
      "/procedures/0/capabilities, /procedures/0/capabilities/x"})
  void unknownMembersAreReportedWhereverTheyAre(String object, String path) {
    assertThat(problems(doc -> ((ObjectNode) doc.at(object)).put("x", 1)))
        .containsExactly("UNKNOWN_PROPERTY " + path + ": unknown property");
  }

  @Test
  void anUnknownMemberNameIsEscapedInThePath() {
    assertThat(problems(doc -> procedure(doc).put("a/b~c", 1)))
        .containsExactly("UNKNOWN_PROPERTY /procedures/0/a~1b~0c: unknown property");
  }

  @Test
  void textMembersMustBeStringsAndRequiredOnesNotBlank() {
    assertThat(problems(doc -> procedure(doc).put("name", 5)))
        .containsExactly("TYPE_MISMATCH /procedures/0/name: must be a string");
    assertThat(problems(doc -> procedure(doc).put("name", " ")))
        .containsExactly("REQUIRED /procedures/0/name: must not be blank");
    assertThat(problems(doc -> procedure(doc).remove("field")))
        .containsExactly("REQUIRED /procedures/0/field: is required");
    assertThat(problems(doc -> procedure(doc).putNull("type")))
        .containsExactly("REQUIRED /procedures/0/type: is required");
    assertThat(problems(doc -> procedure(doc).put("description", true)))
        .containsExactly("TYPE_MISMATCH /procedures/0/description: must be a string");
    assertThat(problems(doc -> doc.put("title", 1))).containsExactly("TYPE_MISMATCH /title: must be a string");
    assertThat(problems(doc -> doc.remove("format"))).containsExactly("REQUIRED /format: is required");
    // a format of the wrong type is one problem, not also an unsupported format
    assertThat(problems(doc -> doc.put("format", 1))).containsExactly("TYPE_MISMATCH /format: must be a string");
    assertThat(problems(doc -> doc.put("sample", "no"))).containsExactly("TYPE_MISMATCH /sample: must be true or false");
    assertThat(problems(doc -> procedure(doc).putArray("steps").add(1).add(" ")))
        .containsExactly("TYPE_MISMATCH /procedures/0/steps/0: must be a string",
            "REQUIRED /procedures/0/steps/1: must not be blank");
    assertThat(problems(doc -> procedure(doc).put("subjects", "Công dân")))
        .containsExactly("TYPE_MISMATCH /procedures/0/subjects: must be an array");
    // a blank optional text is kept as written
    ObjectNode doc = full();
    procedure(doc).put("description", " ");
    assertThat(Catalog.parse(doc.toString()).size()).isEqualTo(1);
  }

  @Test
  void codesAreChecked() {
    assertThat(problems(doc -> procedure(doc).put("code", "2000488")))
        .containsExactly("INVALID_PROCEDURE_CODE /procedures/0/code: must be a national procedure code such as 1.001193");
    assertThat(problems(doc -> procedure(doc).put("localCode", "2.000488")))
        .containsExactly("INVALID_LOCAL_CODE /procedures/0/localCode:"
            + " must be a national code with a unit-code suffix such as 2.000815.000.00.00.H55");
    assertThat(problems(doc -> ((ObjectNode) doc.at("/agencies/0")).put("code", " ")))
        .contains("REQUIRED /agencies/0/code: must not be blank");
  }

  @Test
  void capabilitiesAreSixBooleansAndAtLeastOneDelivery() {
    assertThat(problems(doc -> ((ObjectNode) doc.at("/procedures/0/capabilities")).remove("onlinePayment")))
        .containsExactly("REQUIRED /procedures/0/capabilities/onlinePayment: is required");
    assertThat(problems(doc -> ((ObjectNode) doc.at("/procedures/0/capabilities")).put("presenceRequired", 0)))
        .containsExactly("TYPE_MISMATCH /procedures/0/capabilities/presenceRequired: must be true or false");
    assertThat(problems(doc -> ((ObjectNode) doc.at("/procedures/0/capabilities")).putArray("resultDelivery").add("EMAIL")))
        .containsExactly("NOT_AN_OPTION /procedures/0/capabilities/resultDelivery/0: must be one of IN_PERSON, ONLINE, PUBLIC_POST");
    assertThat(problems(doc -> procedure(doc).remove("capabilities")))
        .containsExactly("REQUIRED /procedures/0/capabilities: is required");
    assertThat(problems(doc -> procedure(doc).put("capabilities", "all")))
        .containsExactly("NOT_AN_OBJECT /procedures/0/capabilities: must be an object");
  }

  @Test
  void agencyReferencesMustNameAListedAgency() {
    assertThat(problems(doc -> procedure(doc).put("competentAgency", 7)))
        .containsExactly("TYPE_MISMATCH /procedures/0/competentAgency: must be the unit code of an agency listed in /agencies");
    assertThat(problems(doc -> procedure(doc).remove("competentAgency")))
        .containsExactly("REQUIRED /procedures/0/competentAgency: is required");
    assertThat(problems(doc -> procedure(doc).putArray("implementingAgencies").addNull()))
        .containsExactly("REQUIRED /procedures/0/implementingAgencies/0: is required");
    assertThat(problems(doc -> procedure(doc).putArray("delegatedAgencies").add("000.09.09.H56")))
        .containsExactly("UNKNOWN_AGENCY /procedures/0/delegatedAgencies/0: unknown agency 000.09.09.H56 (not in /agencies)");
    assertThat(problems(doc -> ((ObjectNode) doc.at("/agencies/0")).put("level", "VILLAGE"))).contains(
        "NOT_AN_OPTION /agencies/0/level: must be one of CENTRAL, PROVINCE, DISTRICT, COMMUNE");
    assertThat(problems(doc -> ((ArrayNode) doc.get("agencies")).add("000.00.15.H56")))
        .containsExactly("NOT_AN_OBJECT /agencies/4: must be an object");
  }

  /** The problems of a change to a procedure that offers no online submission. */
  private static List<String> offline(Consumer<ObjectNode> change) {
    return problems(doc -> {
      ((ObjectNode) doc.at("/procedures/0/capabilities")).put("onlineSubmission", false);
      change.accept(doc);
    });
  }

  @Test
  void channelsNeedATypeAndAWholePositiveProcessingTime() {
    // (without online submission, so that a channel left out does not also leave it without its channel)
    assertThat(offline(doc -> ((ObjectNode) doc.at("/procedures/0/channels/0")).remove("processingTime")))
        .containsExactly("REQUIRED /procedures/0/channels/0/processingTime: is required");
    assertThat(offline(doc -> ((ObjectNode) doc.at("/procedures/0/channels/0")).put("processingTime", 10)))
        .containsExactly("NOT_AN_OBJECT /procedures/0/channels/0/processingTime: must be an object");
    assertThat(offline(doc -> ((ObjectNode) doc.at("/procedures/0/channels/0/processingTime")).put("amount", 1.5)))
        .containsExactly("TYPE_MISMATCH /procedures/0/channels/0/processingTime/amount: must be a whole number");
    assertThat(offline(doc -> ((ObjectNode) doc.at("/procedures/0/channels/0/processingTime"))
        .put("amount", 3_000_000_000L)))
        .containsExactly("TYPE_MISMATCH /procedures/0/channels/0/processingTime/amount: must be a whole number");
    assertThat(offline(doc -> ((ObjectNode) doc.at("/procedures/0/channels/0/processingTime")).put("amount", -1)))
        .containsExactly("NOT_POSITIVE /procedures/0/channels/0/processingTime/amount: must be positive");
    assertThat(offline(doc -> ((ObjectNode) doc.at("/procedures/0/channels/0/processingTime")).remove("unit")))
        .containsExactly("REQUIRED /procedures/0/channels/0/processingTime/unit: is required");
    assertThat(offline(doc -> ((ObjectNode) doc.at("/procedures/0/channels/0")).put("type", "FAX")))
        .containsExactly("NOT_AN_OPTION /procedures/0/channels/0/type: must be one of IN_PERSON, ONLINE, POST");
    assertThat(offline(doc -> procedure(doc).putArray("channels")))
        .containsExactly("TOO_FEW_ITEMS /procedures/0/channels: must not be empty");
  }

  @Test
  void feesNeedADescriptionANumberAndAnIsoCurrency() {
    String fee = "/procedures/0/channels/0/fees/0";
    assertThat(problems(doc -> ((ObjectNode) doc.at(fee)).put("amount", "200000")))
        .containsExactly("TYPE_MISMATCH " + fee + "/amount: must be a number or null");
    assertThat(problems(doc -> ((ObjectNode) doc.at(fee)).put("amount", -0.5)))
        .containsExactly("NEGATIVE " + fee + "/amount: must not be negative");
    assertThat(problems(doc -> ((ObjectNode) doc.at(fee)).put("currency", "dong")))
        .containsExactly("INVALID_CURRENCY " + fee + "/currency: must be an ISO 4217 code such as VND");
    assertThat(problems(doc -> ((ObjectNode) doc.at(fee)).put("currency", "")))
        .containsExactly("REQUIRED " + fee + "/currency: must not be blank");
    assertThat(problems(doc -> ((ObjectNode) doc.at(fee)).putNull("currency")))
        .containsExactly("REQUIRED " + fee + "/currency: is required");
    assertThat(problems(doc -> ((ObjectNode) doc.at(fee)).remove("description")))
        .containsExactly("REQUIRED " + fee + "/description: is required");
    assertThat(problems(doc -> ((ObjectNode) doc.at(fee)).put("amount", -1).put("currency", "x")))
        .containsExactly("NEGATIVE " + fee + "/amount: must not be negative",
            "INVALID_CURRENCY " + fee + "/currency: must be an ISO 4217 code such as VND");
  }

  @Test
  void dossierDocumentsNeedANameAndNonNegativeWholeCounts() {
    String doc0 = "/procedures/0/dossier/0/documents/0";
    assertThat(problems(doc -> ((ObjectNode) doc.at(doc0)).put("copies", -1)))
        .containsExactly("NEGATIVE " + doc0 + "/copies: must not be negative");
    assertThat(problems(doc -> ((ObjectNode) doc.at(doc0)).put("electronic", "one")))
        .containsExactly("TYPE_MISMATCH " + doc0 + "/electronic: must be a whole number");
    assertThat(problems(doc -> ((ObjectNode) doc.at(doc0)).put("originals", 0).put("copies", 0).put("electronic", 0)))
        .containsExactly("NO_COPIES " + doc0 + ": at least one original, copy or electronic copy is needed");
    assertThat(problems(doc -> ((ObjectNode) doc.at(doc0)).remove("name")))
        .containsExactly("REQUIRED " + doc0 + "/name: is required");
    assertThat(problems(doc -> ((ObjectNode) doc.at("/procedures/0/dossier/0")).putArray("documents")))
        .containsExactly("TOO_FEW_ITEMS /procedures/0/dossier/0/documents: must not be empty");
    assertThat(problems(doc -> ((ObjectNode) doc.at("/procedures/0/dossier/0")).put("documents", 1)))
        .containsExactly("TYPE_MISMATCH /procedures/0/dossier/0/documents: must be an array");
  }

  @Test
  void legalBasesNeedEveryMemberAndAnIsoDate() {
    String legal = "/procedures/0/legalBasis/0";
    assertThat(problems(doc -> ((ObjectNode) doc.at(legal)).put("issuedOn", "17/06/2009")))
        .containsExactly("INVALID_DATE " + legal + "/issuedOn: must be a date YYYY-MM-DD");
    for (String member : new String[] {"number", "summary", "issuedOn", "issuer"}) {
      assertThat(problems(doc -> ((ObjectNode) doc.at(legal)).remove(member)))
          .containsExactly("REQUIRED " + legal + "/" + member + ": is required");
    }
  }

  @Test
  void aMistypedCapabilityLeavesTheChannelsUnchecked() {
    // no capabilities are built from a mistyped member, so no channel rule is checked against them
    assertThat(problems(doc -> {
      ((ObjectNode) doc.at("/procedures/0/capabilities")).put("onlineSubmission", "yes");
      ((ObjectNode) doc.at("/procedures/0/channels/0")).put("type", "IN_PERSON");
    })).containsExactly("TYPE_MISMATCH /procedures/0/capabilities/onlineSubmission: must be true or false");
  }

  @Test
  void aValueARecordRefusesIsReportedAtItsMember() {
    // the Procedure constructor's own rule (the online channel) reported as a problem, not thrown
    assertThat(problems(doc -> ((ObjectNode) doc.at("/procedures/0/channels/0")).put("type", "IN_PERSON")))
        .containsExactly("CHANNELS_INCONSISTENT /procedures/0/channels: online submission needs an ONLINE channel");
    JsonNode ok = full();
    assertThat(ok.at("/procedures/0/code").asText()).isEqualTo("2.000488");
  }
}
