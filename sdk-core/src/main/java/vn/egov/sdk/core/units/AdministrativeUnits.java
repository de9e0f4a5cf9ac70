package vn.egov.sdk.core.units;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.egov.sdk.core.LegalBasis;

/**
 * Viet Nam's administrative units as data: the 34 provincial units in force since 1 July 2025 with
 * their codes, the 63 in force until 30 June 2025 with the unit each became part of, and — when
 * loaded — the communes. Immutable and safe to share.
 *
 * <p>{@link #vietnam()} holds the shipped provinces (sources: {@link #sources()}, docs/sdk-core.md).
 * The official commune list (Decision 19/2025/QĐ-TTg, Appendix II: 3,321 communes) is not shipped:
 * load it with {@link Builder#communes(InputStream)}. Citizen identification numbers keep their own
 * 3-digit province codes (the place the birth was registered), which the arrangement did not change.
 */
public final class AdministrativeUnits {
  /** The first day of the 2025 arrangement (two-tier local government, 34 provincial units). */
  public static final LocalDate ARRANGEMENT_2025 = LocalDate.of(2025, 7, 1);
  private static final String PROVINCES = "/vn/egov/sdk/core/units/provinces.csv";
  private static final List<LegalBasis> SOURCES = List.of(
      new LegalBasis("202/2025/QH15",
          "Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh (Điều 1: 34 đơn vị từ 63)",
          LocalDate.of(2025, 6, 12), "Quốc hội"),
      new LegalBasis("19/2025/QĐ-TTg",
          "Quyết định ban hành Bảng danh mục và mã số các đơn vị hành chính Việt Nam (hiệu lực 01/07/2025)",
          LocalDate.of(2025, 6, 30), "Thủ tướng Chính phủ"),
      new LegalBasis("07/2016/TT-BCA",
          "Mã tỉnh của số định danh cá nhân (63 tỉnh trước 2025, mã cũ = mã 3 chữ số bỏ số 0 đầu)",
          LocalDate.of(2016, 2, 1), "Bộ Công an"));

  private final List<Province> provinces;
  private final Map<String, Commune> communes;

  private AdministrativeUnits(List<Province> provinces, Map<String, Commune> communes) {
    this.provinces = List.copyOf(provinces);
    this.communes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(communes));
  }

  /** The shipped data: provinces before and after 1 July 2025, no communes. */
  public static AdministrativeUnits vietnam() {
    return new AdministrativeUnits(shippedProvinces(), Map.of());
  }

  /** A builder starting from {@link #vietnam()}, to add the commune list. */
  public static Builder builder() {
    return new Builder();
  }

  /** The legal texts the shipped data rests on. */
  public static List<LegalBasis> sources() {
    return SOURCES;
  }

  /** Every provincial unit the data knows, the current ones first, each list by code. */
  public List<Province> allProvinces() {
    return provinces;
  }

  /** The provincial units in force now (the 34 of the 2025 arrangement), by code. */
  public List<Province> provinces() {
    return provinces.stream().filter(p -> p.validUntil().isEmpty()).toList();
  }

  /** The provincial units in force on that day, by code. */
  public List<Province> provinces(LocalDate on) {
    Objects.requireNonNull(on, "on");
    return provinces.stream().filter(p -> p.isInForceOn(on)).toList();
  }

  /** The provincial unit in force now with that code. */
  public Optional<Province> province(String code) {
    return provinces().stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /** The provincial unit with that code on that day (a code may name different units over time). */
  public Optional<Province> province(String code, LocalDate on) {
    return provinces(on).stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /**
   * The unit in force now that an earlier unit became (part of): Hà Giang → Tuyên Quang, Bắc Ninh
   * (27) → Bắc Ninh (24); a current unit is its own successor.
   */
  public Optional<Province> successor(Province unit) {
    Objects.requireNonNull(unit, "unit");
    if (unit.validUntil().isEmpty()) {
      return Optional.of(unit);
    }
    return unit.mergedInto().flatMap(this::province);
  }

  /** The earlier units that became (part of) a unit in force now, by code. */
  public List<Province> predecessors(Province current) {
    Objects.requireNonNull(current, "current");
    return provinces.stream().filter(p -> p.mergedInto().filter(current.code()::equals).isPresent())
        .filter(p -> p.validUntil().isPresent()).toList();
  }

  /** Whether a commune list was loaded. */
  public boolean hasCommunes() {
    return !communes.isEmpty();
  }

  /** The communes of a current province, by code; empty when none were loaded. */
  public List<Commune> communes(String provinceCode) {
    return communes.values().stream().filter(c -> c.provinceCode().equals(provinceCode))
        .sorted(Comparator.comparing(Commune::code)).toList();
  }

  /** Every loaded commune, in the order of the list. */
  public List<Commune> communes() {
    return List.copyOf(communes.values());
  }

  /** The commune with that 5-digit code. */
  public Optional<Commune> commune(String code) {
    return Optional.ofNullable(code == null ? null : communes.get(code));
  }

  private static List<Province> shippedProvinces() {
    try (InputStream in = AdministrativeUnits.class.getResourceAsStream(PROVINCES)) {
      if (in == null) {
        throw new IllegalStateException("missing from the class path: " + PROVINCES);
      }
      List<String> problems = new ArrayList<>();
      List<Province> list = new ArrayList<>();
      int line = 0;
      for (String row : lines(in)) {
        line++;
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        String[] c = row.split(",", -1);
        if (c.length != 6) {
          problems.add("line " + line + ": expected 6 columns, found " + c.length);
          continue;
        }
        try {
          list.add(new Province(c[0], c[1], ProvinceType.valueOf(c[2]), date(c[3]), date(c[4]),
              c[5].isEmpty() ? Optional.empty() : Optional.of(c[5])));
        } catch (IllegalArgumentException | DateTimeParseException e) {
          problems.add("line " + line + ": " + e.getMessage());
        }
      }
      if (!problems.isEmpty()) {
        throw new UnitsFormatException(problems);
      }
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException("the shipped province list could not be read", e);
    }
  }

  private static Optional<LocalDate> date(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
  }

  private static List<String> lines(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    for (String l = r.readLine(); l != null; l = r.readLine()) {
      lines.add(lines.isEmpty() && l.startsWith("\uFEFF") ? l.substring(1) : l);
    }
    return lines;
  }

  /** Adds communes to the shipped provinces; {@link #build()} checks them together. */
  public static final class Builder {
    private final List<Province> provinces = shippedProvinces();
    private final Map<String, Commune> communes = new LinkedHashMap<>();

    private Builder() {}

    /** Adds one commune; its province must be a current one, its code new. */
    public Builder commune(Commune commune) {
      Objects.requireNonNull(commune, "commune");
      String problem = problem(commune);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      communes.put(commune.code(), commune);
      return this;
    }

    /**
     * Reads a commune list, UTF-8 CSV with the header {@code code,name,province} and one commune a
     * line ({@code 00070,Phường Hoàn Kiếm,01}; the name may hold commas, lines starting with # are
     * comments), as the columns of Decision 19/2025/QĐ-TTg Appendix II: code, name, province code.
     *
     * @throws UnitsFormatException listing every bad line; nothing of a bad list is added
     * @throws UncheckedIOException when the stream cannot be read
     */
    public Builder communes(InputStream csv) {
      Objects.requireNonNull(csv, "csv");
      List<String> rows;
      try {
        rows = lines(csv);
      } catch (IOException e) {
        throw new UncheckedIOException("the commune list could not be read", e);
      }
      List<String> bad = new ArrayList<>();
      Map<String, Commune> read = new LinkedHashMap<>();
      Map<String, Integer> firstLine = new HashMap<>();
      boolean header = false;
      for (int i = 0; i < rows.size(); i++) {
        String row = rows.get(i).strip();
        int line = i + 1;
        if (row.isEmpty() || row.startsWith("#")) {
          continue;
        }
        if (!header) {
          if (!row.equals("code,name,province")) {
            bad.add("line " + line + ": the first line must be the header code,name,province");
          }
          header = true;
          continue;
        }
        int first = row.indexOf(',');
        int last = row.lastIndexOf(',');
        if (first < 0 || first == last) {
          bad.add("line " + line + ": expected code,name,province");
          continue;
        }
        Commune c;
        try {
          c = new Commune(row.substring(0, first).strip(), row.substring(first + 1, last),
              row.substring(last + 1).strip());
        } catch (IllegalArgumentException e) {
          bad.add("line " + line + ": " + e.getMessage());
          continue;
        }
        Integer earlier = firstLine.putIfAbsent(c.code(), line);
        String problem = earlier != null ? "duplicate code " + c.code() + ", first on line " + earlier
            : problem(c);
        if (problem != null) {
          bad.add("line " + line + ": " + problem);
          continue;
        }
        read.put(c.code(), c);
      }
      if (!header) {
        bad.add("line 1: the list is empty (header code,name,province expected)");
      }
      if (!bad.isEmpty()) {
        throw new UnitsFormatException(bad);
      }
      communes.putAll(read);
      return this;
    }

    private String problem(Commune c) {
      if (communes.containsKey(c.code())) {
        return "duplicate code " + c.code();
      }
      boolean current = provinces.stream()
          .anyMatch(p -> p.validUntil().isEmpty() && p.code().equals(c.provinceCode()));
      return current ? null : "province " + c.provinceCode() + " is not one of the 34 provincial units";
    }

    public AdministrativeUnits build() {
      return new AdministrativeUnits(provinces, communes);
    }
  }
}
