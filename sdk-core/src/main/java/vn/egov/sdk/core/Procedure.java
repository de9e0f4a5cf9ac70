package vn.egov.sdk.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.egov.sdk.core.internal.Rules;
import vn.egov.sdk.core.internal.Texts;
import vn.egov.sdk.core.catalog.Catalog;

/**
 * An administrative procedure (thủ tục hành chính) with every field of the national procedures
 * database export. Built with {@link #builder()} or loaded by {@link Catalog}; validated on
 * construction ({@link IllegalArgumentException} {@code "<component>: <problem>"}). Its maturity is
 * derived, never stored: {@link #assessment()}.
 *
 * @param code national code (mã thủ tục), e.g. {@code 1.001193}
 * @param localCode the province's code with its agency suffix, e.g.
 *     {@code 2.000815.000.00.00.H55}, when the catalog has one
 * @param decisionNumber the decision that announced it (số quyết định), e.g. {@code 936/QĐ-BTC}
 * @param name its name (tên thủ tục)
 * @param description a short description, may be empty
 * @param type the procedure type (loại thủ tục), e.g. "TTHC được luật giao quy định chi tiết"
 * @param field the field (lĩnh vực), e.g. "Hộ tịch"
 * @param adminLevel the level that carries it out (cấp thực hiện)
 * @param competentAgency the agency with the power to decide (cơ quan có thẩm quyền); its unit code
 *     starts dossier codes
 * @param implementingAgencies the agencies that carry it out (cơ quan thực hiện), at least one
 * @param delegatedAgencies agencies it is delegated to (cơ quan được ủy quyền)
 * @param coordinatingAgencies agencies that take part (cơ quan phối hợp)
 * @param steps the ordered steps (trình tự thực hiện), at least one
 * @param channels the channels (cách thức thực hiện), at least one, one per channel type
 * @param dossier the dossier components (thành phần hồ sơ) in groups, at least one group
 * @param subjects who may apply (đối tượng thực hiện), at least one
 * @param results the outputs (kết quả thực hiện)
 * @param requirements the conditions (yêu cầu, điều kiện)
 * @param legalBasis the legal basis (căn cứ pháp lý)
 * @param capabilities what its online service can do
 */
public record Procedure(
    String code,
    Optional<String> localCode,
    String decisionNumber,
    String name,
    String description,
    String type,
    String field,
    AdminLevel adminLevel,
    Agency competentAgency,
    List<Agency> implementingAgencies,
    List<Agency> delegatedAgencies,
    List<Agency> coordinatingAgencies,
    List<String> steps,
    List<Channel> channels,
    List<DossierGroup> dossier,
    List<String> subjects,
    List<String> results,
    List<String> requirements,
    List<LegalBasis> legalBasis,
    ServiceCapabilities capabilities) {

  public Procedure {
    Rules.require(Rules.nationalCode(code), "code");
    localCode = Objects.requireNonNull(localCode, "localCode").map(Texts::clean).filter(c -> !c.isEmpty());
    Rules.require(localCode.map(Rules::localCode).orElse(null), "localCode");
    Rules.require(Rules.notBlank(decisionNumber), "decisionNumber");
    Rules.require(Rules.notBlank(name), "name");
    Rules.require(Rules.notBlank(type), "type");
    Rules.require(Rules.notBlank(field), "field");
    Objects.requireNonNull(adminLevel, "adminLevel");
    Objects.requireNonNull(competentAgency, "competentAgency");
    Rules.require(Rules.notEmpty(implementingAgencies), "implementingAgencies");
    Rules.require(Rules.notEmpty(steps), "steps");
    Rules.require(Rules.notEmpty(channels), "channels");
    Rules.require(Rules.notEmpty(dossier), "dossier");
    Rules.require(Rules.notEmpty(subjects), "subjects");
    Objects.requireNonNull(capabilities, "capabilities");
    Rules.require(channelProblem(channels, capabilities), "channels");
    decisionNumber = Texts.clean(decisionNumber);
    name = Texts.clean(name);
    description = description == null ? "" : Texts.clean(description);
    type = Texts.clean(type);
    field = Texts.clean(field);
    implementingAgencies = List.copyOf(implementingAgencies);
    delegatedAgencies = List.copyOf(Objects.requireNonNull(delegatedAgencies, "delegatedAgencies"));
    coordinatingAgencies = List.copyOf(Objects.requireNonNull(coordinatingAgencies, "coordinatingAgencies"));
    steps = Texts.cleanAll(steps, "steps");
    channels = List.copyOf(channels);
    dossier = List.copyOf(dossier);
    subjects = Texts.cleanAll(subjects, "subjects");
    results = Texts.cleanAll(results, "results");
    requirements = Texts.cleanAll(requirements, "requirements");
    legalBasis = List.copyOf(Objects.requireNonNull(legalBasis, "legalBasis"));
  }

  /**
   * The cross-field rule on channels: one channel per type, and an online submission capability
   * needs an ONLINE channel. {@code null} when fine.
   */
  public static String channelProblem(List<Channel> channels, ServiceCapabilities capabilities) {
    EnumSet<ChannelType> seen = EnumSet.noneOf(ChannelType.class);
    for (Channel c : channels) {
      if (!seen.add(c.type())) {
        return "more than one " + c.type() + " channel";
      }
    }
    if (capabilities.onlineSubmission() && !seen.contains(ChannelType.ONLINE)) {
      return "online submission needs an ONLINE channel";
    }
    return null;
  }

  /** Both maturity classifications, derived from {@link #capabilities()}. */
  public Assessment assessment() {
    return Maturity.assess(capabilities);
  }

  /**
   * Whether the procedure uses forms (mẫu đơn, tờ khai): some document of its dossier names a form.
   * A procedure without forms sets {@link ServiceCapabilities#formsDownloadable()} to true.
   */
  public boolean usesForms() {
    return dossier.stream().flatMap(g -> g.documents().stream()).anyMatch(d -> d.form().isPresent());
  }

  /** The channel of that type, if the procedure offers it. */
  public Optional<Channel> channel(ChannelType type) {
    return channels.stream().filter(c -> c.type() == type).findFirst();
  }

  /** Every agency named by the procedure, competent first, each once. */
  public List<Agency> agencies() {
    Map<String, Agency> all = new LinkedHashMap<>();
    all.put(competentAgency.code(), competentAgency);
    for (List<Agency> list : List.of(implementingAgencies, delegatedAgencies, coordinatingAgencies)) {
      list.forEach(a -> all.putIfAbsent(a.code(), a));
    }
    return List.copyOf(all.values());
  }

  /** Whether the agency with that unit code is the competent or an implementing agency. */
  public boolean isHandledBy(String agencyCode) {
    return competentAgency.code().equals(agencyCode)
        || implementingAgencies.stream().anyMatch(a -> a.code().equals(agencyCode));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder; {@link #build()} validates and throws {@link IllegalArgumentException} on the first problem. */
  public static final class Builder {
    private String code;
    private String localCode;
    private String decisionNumber;
    private String name;
    private String description = "";
    private String type = "Thủ tục hành chính";
    private String field;
    private AdminLevel adminLevel;
    private Agency competentAgency;
    private final List<Agency> implementingAgencies = new ArrayList<>();
    private final List<Agency> delegatedAgencies = new ArrayList<>();
    private final List<Agency> coordinatingAgencies = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private final List<Channel> channels = new ArrayList<>();
    private final List<DossierGroup> dossier = new ArrayList<>();
    private final List<String> subjects = new ArrayList<>();
    private final List<String> results = new ArrayList<>();
    private final List<String> requirements = new ArrayList<>();
    private final List<LegalBasis> legalBasis = new ArrayList<>();
    private ServiceCapabilities capabilities;

    private Builder() {}

    public Builder code(String value) {
      this.code = value;
      return this;
    }

    public Builder localCode(String value) {
      this.localCode = value;
      return this;
    }

    public Builder decisionNumber(String value) {
      this.decisionNumber = value;
      return this;
    }

    public Builder name(String value) {
      this.name = value;
      return this;
    }

    public Builder description(String value) {
      this.description = value;
      return this;
    }

    public Builder type(String value) {
      this.type = value;
      return this;
    }

    public Builder field(String value) {
      this.field = value;
      return this;
    }

    public Builder adminLevel(AdminLevel value) {
      this.adminLevel = value;
      return this;
    }

    /** The competent agency; it also becomes the implementing agency unless others are added. */
    public Builder competentAgency(Agency value) {
      this.competentAgency = value;
      return this;
    }

    public Builder implementingAgency(Agency value) {
      implementingAgencies.add(Objects.requireNonNull(value, "implementingAgency"));
      return this;
    }

    public Builder delegatedAgency(Agency value) {
      delegatedAgencies.add(Objects.requireNonNull(value, "delegatedAgency"));
      return this;
    }

    public Builder coordinatingAgency(Agency value) {
      coordinatingAgencies.add(Objects.requireNonNull(value, "coordinatingAgency"));
      return this;
    }

    public Builder step(String value) {
      steps.add(value);
      return this;
    }

    public Builder channel(Channel value) {
      channels.add(Objects.requireNonNull(value, "channel"));
      return this;
    }

    public Builder channels(List<Channel> values) {
      values.forEach(this::channel);
      return this;
    }

    public Builder dossierGroup(DossierGroup value) {
      dossier.add(Objects.requireNonNull(value, "dossierGroup"));
      return this;
    }

    public Builder subject(String value) {
      subjects.add(value);
      return this;
    }

    public Builder result(String value) {
      results.add(value);
      return this;
    }

    public Builder requirement(String value) {
      requirements.add(value);
      return this;
    }

    public Builder legalBasis(LegalBasis value) {
      legalBasis.add(Objects.requireNonNull(value, "legalBasis"));
      return this;
    }

    public Builder capabilities(ServiceCapabilities value) {
      this.capabilities = value;
      return this;
    }

    public Procedure build() {
      List<Agency> implementing = implementingAgencies.isEmpty() && competentAgency != null
          ? List.of(competentAgency) : implementingAgencies;
      return new Procedure(code, Optional.ofNullable(localCode), decisionNumber, name, description,
          type, field, adminLevel, competentAgency, implementing, delegatedAgencies,
          coordinatingAgencies, steps, channels, dossier, subjects, results, requirements,
          legalBasis, capabilities);
    }
  }
}
