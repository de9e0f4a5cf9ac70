package vn.egov.sdk.core;

import vn.egov.sdk.core.catalog.Catalog;
import vn.egov.sdk.core.catalog.CatalogFormatException;
import vn.egov.sdk.core.roadmap.RoadmapTarget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one unit-code rule (Circular 01/2018/TT-VPCP Art. 19 cl. 1: {@code V1V2V3.Z1Z2.Y1Y2.MX1X2},
 * "các ký tự chữ và số"), applied alike by agencies, catalogs, roadmap targets and local codes.
 */
class UnitCodeTest {
  /** Codes of the shape: provinces' People's Committees (H49 Quảng Ninh, Decision 3739/QĐ-UBND 2016), departments, letters in lower groups. */
  static final List<String> VALID = List.of("000.00.00.H49", "000.00.15.H56", "000.00.15.H30",
      "000.01.01.H56", "999.99.99.H99", "000.00.00.G01", "G12.34.56.H78", "A1B.C2.D3.KZ9", "000.00.00.HAB");
  static final List<String> INVALID = List.of("", " 000.00.15.H56", "000.00.15.H56 ", "00.00.15.H30",
      "0000.00.15.H30", "000.0.15.H30", "000.00.015.H30", "000.00.15.H3", "000.00.15.H300",
      "000.00.15.130", "000.00.15.h30", "000-00-15-H30", "000.00.15H30", "000.00.15.H3O.", "000.00.1đ.H30",
      "000.00.15.H56-251127-0001");

  @Test
  void acceptsEveryCodeOfTheCircularsShape() {
    for (String code : VALID) {
      assertThat(Agency.isUnitCode(code)).as(code).isTrue();
      assertThat(new Agency(code, "Cơ quan", AdminLevel.PROVINCE).code()).isEqualTo(code);
    }
  }

  @Test
  void refusesEverythingElse() {
    assertThat(Agency.isUnitCode(null)).isFalse();
    for (String code : INVALID) {
      assertThat(Agency.isUnitCode(code)).as(code).isFalse();
      assertThatThrownBy(() -> new Agency(code, "Cơ quan", AdminLevel.PROVINCE)).as(code)
          .hasMessageStartingWith(code.isEmpty() ? "code: must not be blank"
              : "code: must be a QCVN 102:2016 unit code");
    }
  }

  /** Issue 11.8: G12.34.56.H78 passed the dossier-code rule and failed the catalog's. */
  @Test
  void theCatalogAcceptsWhatAgenciesAccept() {
    String json = """
        {"format": "vn.egov.sdk/catalog/1", "title": "t",
         "agencies": [{"code": "G12.34.56.H78", "name": "Sở Thử nghiệm", "level": "PROVINCE"}],
         "procedures": [{"code": "1.000001", "localCode": "1.000001.G12.34.56.H78", "decisionNumber": "1/QĐ",
           "name": "Thủ tục", "type": "TTHC", "field": "Hộ tịch", "adminLevel": "PROVINCE",
           "competentAgency": "G12.34.56.H78", "steps": ["Nộp"],
           "channels": [{"type": "IN_PERSON", "processingTime": {"amount": 1, "unit": "WORKING_DAYS"}}],
           "dossier": [{"documents": [{"name": "Đơn", "originals": 1}]}], "subjects": ["Công dân"],
           "capabilities": {"informationPublished": true, "formsDownloadable": true, "onlineSubmission": false,
             "onlineProcessing": false, "onlinePayment": false, "resultDelivery": ["IN_PERSON"],
             "presenceRequired": true}}]}
        """;
    Catalog catalog = Catalog.parse(json);
    assertThat(catalog.agency("G12.34.56.H78")).isPresent();
    assertThat(catalog.find("1.000001.G12.34.56.H78")).isPresent();
    assertThatThrownBy(() -> Catalog.parse(json.replace("G12.34.56.H78\", \"name\"", "G12.34.56.178\", \"name\"")))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageContaining("/agencies/0/code: must be a QCVN 102:2016 unit code");
  }

  @Test
  void roadmapTargetsAndLocalCodesUseTheSameRule() {
    for (String code : VALID) {
      new RoadmapTarget("t", LocalizedText.of("a", "a"), java.time.LocalDate.of(2030, 1, 1), 1,
          MaturityThreshold.legacy(1), Optional.of(code));
    }
    for (String code : INVALID) {
      assertThatThrownBy(() -> new RoadmapTarget("t", LocalizedText.of("a", "a"),
          java.time.LocalDate.of(2030, 1, 1), 1, MaturityThreshold.legacy(1), Optional.of(code)))
          .as(code).hasMessageStartingWith("agencyCode:");
    }
  }

  @Test
  void aLocalCodeIsANationalCodeAndAUnitCode() {
    Procedure.Builder b = Procedure.builder().code("2.000815").decisionNumber("1/QĐ").name("Chứng thực")
        .field("Chứng thực").adminLevel(AdminLevel.COMMUNE)
        .competentAgency(new Agency("000.01.01.H56", "UBND xã", AdminLevel.COMMUNE)).step("Nộp")
        .channel(Channel.of(ChannelType.IN_PERSON, ProcessingTime.workingDays(1)))
        .dossierGroup(new DossierGroup("", List.of(DossierDocument.original("Bản chính"))))
        .subject("Công dân").capabilities(ServiceCapabilities.informationOnly());
    for (String unit : VALID) {
      assertThat(b.localCode("2.000815." + unit).build().localCode()).contains("2.000815." + unit);
    }
    for (String unit : INVALID) {
      if (!unit.strip().equals(unit)) {
        continue; // texts are trimmed, so a trailing space is not an error of a local code
      }
      assertThatThrownBy(() -> b.localCode("2.000815." + unit).build()).as(unit)
          .hasMessageStartingWith("localCode:");
    }
    assertThatThrownBy(() -> b.localCode("2.000815").build()).hasMessageStartingWith("localCode:");
  }
}
