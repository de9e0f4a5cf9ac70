package vn.egov.sdk.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.egov.sdk.core.Language;

/**
 * The shipped provinces against their sources: Resolution 202/2025/QH15 Art. 1 (which units became
 * which), Decision 19/2025/QĐ-TTg (the 34 codes), Circular 07/2016/TT-BCA (the 63 earlier codes).
 */
class AdministrativeUnitsTest {
  private static final AdministrativeUnits UNITS = AdministrativeUnits.vietnam();
  private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
  private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

  @Test
  void thirtyFourUnitsFromTheFirstOfJuly2025() {
    List<Province> now = UNITS.provinces();
    assertThat(now).hasSize(34);
    assertThat(UNITS.provinces(AFTER)).isEqualTo(now);
    assertThat(UNITS.provinces(LocalDate.of(2030, 1, 1))).isEqualTo(now);
    // Decision 19/2025/QĐ-TTg: the codes of the 34
    assertThat(now).extracting(Province::code).containsExactly("01", "04", "08", "11", "12", "14", "15",
        "19", "20", "22", "24", "25", "31", "33", "37", "38", "40", "42", "44", "46", "48", "51", "52",
        "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96");
    // 28 provinces and 6 centrally run cities
    assertThat(now.stream().filter(p -> p.type() == ProvinceType.CITY).map(Province::name))
        .containsExactly("Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ");
    assertThat(UNITS.province("38").orElseThrow().fullName(Language.VI)).isEqualTo("Tỉnh Thanh Hóa");
    assertThat(UNITS.province("79").orElseThrow().fullName(Language.VI)).isEqualTo("Thành phố Hồ Chí Minh");
    assertThat(UNITS.province("79").orElseThrow().fullName(Language.EN)).isEqualTo("Hồ Chí Minh City");
  }

  @Test
  void sixtyThreeUnitsUntilTheThirtiethOfJune2025() {
    List<Province> before = UNITS.provinces(BEFORE);
    assertThat(before).hasSize(63);
    assertThat(UNITS.provinces(LocalDate.of(2016, 2, 1))).isEqualTo(before);
    assertThat(before).allSatisfy(p -> assertThat(p.mergedInto()).isPresent());
    assertThat(UNITS.allProvinces()).hasSize(97);
    assertThat(UNITS.province("02", BEFORE).orElseThrow().name()).isEqualTo("Hà Giang");
    assertThat(UNITS.province("02", AFTER)).isEmpty();
  }

  /**
   * The citizen-id province codes (3 digits, Circular 07/2016/TT-BCA) are the earlier codes with a
   * leading 0, and they stay as they are after 2025 (domain reference §3).
   */
  @Test
  void theEarlierCodesAreTheCitizenIdProvinceCodes() {
    Set<String> citizenId = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
        "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036",
        "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058",
        "060", "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
        "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");
    assertThat(UNITS.provinces(BEFORE).stream().map(p -> "0" + p.code()).collect(Collectors.toSet()))
        .isEqualTo(citizenId);
  }

  /** Resolution 202/2025/QH15 Art. 1: the 23 new units and what each was made of; 11 unchanged. */
  @Test
  void everyEarlierUnitBecameTheUnitTheResolutionNames() {
    Map<String, List<String>> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("Tuyên Quang", List.of("Hà Giang", "Tuyên Quang")),
        Map.entry("Lào Cai", List.of("Lào Cai", "Yên Bái")),
        Map.entry("Thái Nguyên", List.of("Bắc Kạn", "Thái Nguyên")),
        Map.entry("Phú Thọ", List.of("Hòa Bình", "Phú Thọ", "Vĩnh Phúc")),
        Map.entry("Bắc Ninh", List.of("Bắc Giang", "Bắc Ninh")),
        Map.entry("Hưng Yên", List.of("Hưng Yên", "Thái Bình")),
        Map.entry("Hải Phòng", List.of("Hải Dương", "Hải Phòng")),
        Map.entry("Ninh Bình", List.of("Hà Nam", "Nam Định", "Ninh Bình")),
        Map.entry("Quảng Trị", List.of("Quảng Bình", "Quảng Trị")),
        Map.entry("Đà Nẵng", List.of("Đà Nẵng", "Quảng Nam")),
        Map.entry("Quảng Ngãi", List.of("Quảng Ngãi", "Kon Tum")),
        Map.entry("Gia Lai", List.of("Bình Định", "Gia Lai")),
        Map.entry("Khánh Hòa", List.of("Khánh Hòa", "Ninh Thuận")),
        Map.entry("Lâm Đồng", List.of("Bình Thuận", "Lâm Đồng", "Đắk Nông")),
        Map.entry("Đắk Lắk", List.of("Phú Yên", "Đắk Lắk")),
        Map.entry("Hồ Chí Minh", List.of("Bình Dương", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh")),
        Map.entry("Đồng Nai", List.of("Bình Phước", "Đồng Nai")),
        Map.entry("Tây Ninh", List.of("Long An", "Tây Ninh")),
        Map.entry("Cần Thơ", List.of("Cần Thơ", "Hậu Giang", "Sóc Trăng")),
        Map.entry("Vĩnh Long", List.of("Bến Tre", "Trà Vinh", "Vĩnh Long")),
        Map.entry("Đồng Tháp", List.of("Tiền Giang", "Đồng Tháp")),
        Map.entry("Cà Mau", List.of("Bạc Liêu", "Cà Mau")),
        Map.entry("An Giang", List.of("An Giang", "Kiên Giang"))));
    List<String> unchanged = List.of("Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn",
        "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng");
    int merged = 0;
    for (Province now : UNITS.provinces()) {
      List<String> from = UNITS.predecessors(now).stream().map(Province::name).sorted().toList();
      if (unchanged.contains(now.name())) {
        assertThat(from).as(now.name()).hasSize(1);
      } else {
        assertThat(from).as(now.name()).containsExactlyInAnyOrderElementsOf(expected.get(now.name()));
        merged += from.size();
      }
    }
    assertThat(expected).hasSize(23);
    assertThat(merged).isEqualTo(52);
    // each earlier unit has exactly one successor, in force now
    for (Province old : UNITS.provinces(BEFORE)) {
      Province next = UNITS.successor(old).orElseThrow();
      assertThat(next.validUntil()).isEmpty();
      assertThat(UNITS.predecessors(next)).contains(old);
    }
    Province bacNinhOld = UNITS.province("27", BEFORE).orElseThrow();
    assertThat(UNITS.successor(bacNinhOld).orElseThrow().code()).isEqualTo("24");
    assertThat(UNITS.successor(UNITS.province("24").orElseThrow()).orElseThrow().code()).isEqualTo("24");
    assertThat(UNITS.province("46", BEFORE).orElseThrow().name()).isEqualTo("Thừa Thiên Huế");
  }

  @Test
  void namesAreNfcAndSourcesAreNamed() {
    UNITS.allProvinces().forEach(p -> assertThat(p.name())
        .isEqualTo(java.text.Normalizer.normalize(p.name(), java.text.Normalizer.Form.NFC)));
    assertThat(AdministrativeUnits.sources()).extracting(s -> s.number())
        .contains("202/2025/QH15", "19/2025/QĐ-TTg");
  }

  @Test
  void communesAreLoadedFromTheCodeList() throws Exception {
    assertThat(UNITS.hasCommunes()).isFalse();
    AdministrativeUnits units;
    try (InputStream in = getClass().getResourceAsStream("/units/communes-excerpt.csv")) {
      units = AdministrativeUnits.builder().communes(in).build();
    }
    assertThat(units.hasCommunes()).isTrue();
    assertThat(units.communes("01")).extracting(Commune::code)
        .containsExactly("00004", "00008", "00070", "00082", "00226");
    assertThat(units.commune("00226").orElseThrow().name()).isEqualTo("Phường Văn Miếu - Quốc Tử Giám");
    assertThat(units.commune("01290").orElseThrow().provinceCode()).isEqualTo("04");
    assertThat(units.commune("99999")).isEmpty();
    assertThat(units.commune(null)).isEmpty();
    assertThat(units.provinces()).hasSize(34);
  }

  @Test
  void aBadCommuneListIsRefusedWithEveryProblem() {
    String csv = """
        code,name,province
        00070,Phường Hoàn Kiếm,01
        0007,Phường Sai Mã,01
        00071,,01
        00072,Xã Tỉnh Cũ,02
        00070,Phường Trùng,01
        00073 Xã Không Dấu Phẩy
        """;
    assertThatThrownBy(() -> AdministrativeUnits.builder()
        .communes(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(UnitsFormatException.class, e -> assertThat(e.problems()).containsExactly(
            "line 3: code: must be five digits such as 00070, was '0007'",
            "line 4: name: must not be blank",
            "line 5: province 02 is not one of the 34 provincial units",
            "line 6: duplicate code 00070, first on line 2",
            "line 7: expected code,name,province"));
    assertThatThrownBy(() -> AdministrativeUnits.builder()
        .communes(new ByteArrayInputStream("00070,Phường Hoàn Kiếm,01\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(UnitsFormatException.class).hasMessageContaining("header");
    assertThatThrownBy(() -> AdministrativeUnits.builder().commune(new Commune("00001", "Xã", "45")))
        .hasMessage("province 45 is not one of the 34 provincial units");
  }

  @Test
  void valuesAreChecked() {
    assertThatThrownBy(() -> new Province("1", "Hà Nội", ProvinceType.CITY, java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty())).hasMessageStartingWith("code:");
    assertThatThrownBy(() -> new Province("01", "Hà Nội", ProvinceType.CITY, java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.of("01"))).hasMessageStartingWith("mergedInto:");
    assertThatThrownBy(() -> new Province("01", "Hà Nội", ProvinceType.CITY, java.util.Optional.of(AFTER),
        java.util.Optional.of(BEFORE), java.util.Optional.empty())).hasMessageStartingWith("validUntil:");
    assertThatThrownBy(() -> new Commune("00070", "Phường", "1")).hasMessageStartingWith("provinceCode:");
  }
}
