package vn.egov.sdk.core.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import vn.egov.sdk.core.internal.Rules;
import vn.egov.sdk.core.AdminLevel;
import vn.egov.sdk.core.Agency;
import vn.egov.sdk.core.Channel;
import vn.egov.sdk.core.ChannelType;
import vn.egov.sdk.core.DossierDocument;
import vn.egov.sdk.core.DossierGroup;
import vn.egov.sdk.core.Fee;
import vn.egov.sdk.core.Procedure;
import vn.egov.sdk.core.ProcessingTime;
import vn.egov.sdk.core.ResultDelivery;
import vn.egov.sdk.core.ServiceCapabilities;

/**
 * Large made-up catalogs for tests and benchmarks, e.g. the 2013 portal's scale:
 * {@code SyntheticCatalog.generate(42, 1441, 179)}. The same seed and sizes always give the same
 * catalog. Names are Vietnamese (with diacritics) built from common procedure words; codes are
 * unique; unit codes follow the QCVN 102:2016 shape; capabilities are spread over every level.
 */
public final class SyntheticCatalog {
  private static final String[] ACTIONS = {"Cấp", "Cấp lại", "Cấp đổi", "Gia hạn", "Điều chỉnh",
      "Đăng ký", "Đăng ký thay đổi", "Thu hồi", "Xác nhận", "Công nhận", "Thẩm định", "Phê duyệt"};
  private static final String[] OBJECTS = {"giấy phép", "giấy chứng nhận", "chứng chỉ hành nghề",
      "giấy xác nhận", "quyết định", "hồ sơ", "văn bản chấp thuận", "thẻ", "giấy đăng ký"};
  private static final String[] TOPICS = {"khai sinh", "kết hôn", "hộ kinh doanh", "xây dựng",
      "quyền sử dụng đất", "an toàn thực phẩm", "hoạt động giáo dục", "kinh doanh rượu",
      "hành nghề dược", "vận tải đường bộ", "khai thác khoáng sản", "xả thải vào nguồn nước",
      "lữ hành nội địa", "biểu diễn nghệ thuật", "quảng cáo ngoài trời", "bảo trợ xã hội",
      "người có công", "trợ giúp pháp lý", "công chứng", "đấu giá tài sản", "thủy sản",
      "thú y", "bảo vệ thực vật", "phòng cháy chữa cháy", "tạm trú", "thường trú"};
  private static final String[] FIELDS = {"Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng",
      "Thành lập và hoạt động doanh nghiệp", "Y tế", "Giáo dục và Đào tạo", "Văn hóa", "Du lịch",
      "Giao thông vận tải", "Tài nguyên nước", "Lao động", "Bảo trợ xã hội", "Nông nghiệp",
      "Công Thương", "Cư trú"};
  private static final String[] UNIT_KINDS = {"Sở", "Ủy ban nhân dân xã", "Ủy ban nhân dân phường",
      "Chi cục", "Trung tâm"};
  private static final String[] PLACES = {"An Bình", "Hòa Lạc", "Đông Sơn", "Tân Phú", "Quảng Điền",
      "Hải Đăng", "Thạch Bàn", "Ngọc Lặc", "Yên Định", "Đức Thọ"};

  private SyntheticCatalog() {}

  /**
   * A catalog of {@code procedures} procedures spread over {@code units} agencies.
   *
   * @throws IllegalArgumentException when a size is not positive or {@code units} exceeds 9,999
   */
  public static Catalog generate(long seed, int procedures, int units) {
    Rules.require(Rules.positive(procedures), "procedures");
    Rules.require(units >= 1 && units <= 9_999 ? null : "must be from 1 to 9999", "units");
    Rules.require(procedures <= 999_999 ? null : "must be at most 999999", "procedures");
    SplittableRandom random = new SplittableRandom(seed);
    List<Agency> agencies = new ArrayList<>(units);
    for (int u = 0; u < units; u++) {
      String kind = UNIT_KINDS[random.nextInt(UNIT_KINDS.length)];
      AdminLevel level = kind.startsWith("Ủy ban") ? AdminLevel.COMMUNE : AdminLevel.PROVINCE;
      String code = String.format("000.%02d.%02d.H%02d", u / 100, u % 100, 10 + (int) (seed & 63) % 90);
      agencies.add(new Agency(code, kind + " " + PLACES[random.nextInt(PLACES.length)] + " số " + (u + 1),
          level));
    }
    List<Procedure> list = new ArrayList<>(procedures);
    for (int i = 0; i < procedures; i++) {
      Agency agency = agencies.get(i % units);
      String name = ACTIONS[random.nextInt(ACTIONS.length)] + " "
          + OBJECTS[random.nextInt(OBJECTS.length)] + " " + TOPICS[random.nextInt(TOPICS.length)];
      ServiceCapabilities caps = capabilities(random);
      List<Channel> channels = new ArrayList<>();
      int days = 1 + random.nextInt(30);
      channels.add(Channel.of(ChannelType.IN_PERSON, ProcessingTime.workingDays(days),
          Fee.vnd("Lệ phí", 1000L * random.nextInt(500))));
      if (caps.onlineSubmission()) {
        channels.add(Channel.of(ChannelType.ONLINE, ProcessingTime.workingDays(days), Fee.free()));
      }
      list.add(Procedure.builder()
          .code(String.format("%d.%06d", 1 + i % 2, i))
          .decisionNumber((100 + random.nextInt(900)) + "/QĐ-UBND")
          .name(name)
          .description("Thủ tục tổng hợp số " + (i + 1) + " dùng cho kiểm thử")
          .field(FIELDS[random.nextInt(FIELDS.length)])
          .adminLevel(agency.level())
          .competentAgency(agency)
          .step("Nộp hồ sơ")
          .step("Tiếp nhận và giải quyết")
          .step("Trả kết quả")
          .channels(channels)
          .dossierGroup(new DossierGroup("", List.of(new DossierDocument("Đơn đề nghị",
              Optional.of("Mẫu số " + (1 + random.nextInt(20))), 1, 0, 1))))
          .subject(random.nextBoolean() ? "Công dân Việt Nam" : "Doanh nghiệp")
          .result(OBJECTS[random.nextInt(OBJECTS.length)])
          .capabilities(caps)
          .build());
    }
    return Catalog.of(list);
  }

  private static ServiceCapabilities capabilities(SplittableRandom random) {
    int legacy = 1 + random.nextInt(4);
    boolean remote = legacy == 4 && random.nextBoolean();
    EnumSet<ResultDelivery> delivery = EnumSet.of(ResultDelivery.IN_PERSON);
    if (remote) {
      delivery.add(random.nextBoolean() ? ResultDelivery.ONLINE : ResultDelivery.PUBLIC_POST);
    }
    return new ServiceCapabilities(true, legacy >= 2, legacy >= 3, legacy >= 3, legacy >= 4,
        delivery, !remote);
  }
}
