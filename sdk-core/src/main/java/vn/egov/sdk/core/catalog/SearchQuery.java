package vn.egov.sdk.core.catalog;

import java.util.Objects;
import java.util.Optional;
import vn.egov.sdk.core.internal.Rules;
import vn.egov.sdk.core.AdminLevel;
import vn.egov.sdk.core.OnlineLevel;

/**
 * A catalog search: free text plus filters, one page. Built with {@link #builder()}; every filter
 * is optional. See {@link Catalog#search(SearchQuery)} for the semantics.
 *
 * @param text free text; case and diacritics are ignored; empty matches everything
 * @param field only procedures of this field (compared like the text, so "ho tich" = "Hộ tịch")
 * @param adminLevel only procedures at this level
 * @param agencyCode only procedures whose competent or an implementing agency has this unit code
 * @param legacyLevel only procedures at exactly this Decree 43/2011 level (1–4)
 * @param onlineLevel only procedures at exactly this Decree 42/2022 level
 * @param page page number from 1
 * @param size page size, 1 to {@value #MAX_SIZE}
 */
public record SearchQuery(String text, Optional<String> field, Optional<AdminLevel> adminLevel,
    Optional<String> agencyCode, Optional<Integer> legacyLevel, Optional<OnlineLevel> onlineLevel,
    int page, int size) {

  /** The largest page size. */
  public static final int MAX_SIZE = 10_000;

  public SearchQuery {
    text = text == null ? "" : text;
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(adminLevel, "adminLevel");
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(legacyLevel, "legacyLevel");
    Objects.requireNonNull(onlineLevel, "onlineLevel");
    legacyLevel.ifPresent(l -> Rules.require(Rules.legacyLevel(l), "legacyLevel"));
    Rules.require(Rules.positive(page), "page");
    Rules.require(size >= 1 && size <= MAX_SIZE ? null : "must be from 1 to " + MAX_SIZE, "size");
  }

  /** Everything, first page of 20. */
  public static SearchQuery all() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder; {@link #build()} throws {@link IllegalArgumentException} for a bad value. */
  public static final class Builder {
    private String text = "";
    private String field;
    private AdminLevel adminLevel;
    private String agencyCode;
    private Integer legacyLevel;
    private OnlineLevel onlineLevel;
    private int page = 1;
    private int size = 20;

    private Builder() {}

    public Builder text(String value) {
      this.text = value;
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

    public Builder agencyCode(String value) {
      this.agencyCode = value;
      return this;
    }

    public Builder legacyLevel(Integer value) {
      this.legacyLevel = value;
      return this;
    }

    public Builder onlineLevel(OnlineLevel value) {
      this.onlineLevel = value;
      return this;
    }

    public Builder page(int value) {
      this.page = value;
      return this;
    }

    public Builder size(int value) {
      this.size = value;
      return this;
    }

    public SearchQuery build() {
      return new SearchQuery(text, Optional.ofNullable(field), Optional.ofNullable(adminLevel),
          Optional.ofNullable(agencyCode), Optional.ofNullable(legacyLevel),
          Optional.ofNullable(onlineLevel), page, size);
    }
  }
}
