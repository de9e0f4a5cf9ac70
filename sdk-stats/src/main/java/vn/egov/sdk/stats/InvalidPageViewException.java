package vn.egov.sdk.stats;

import java.util.Objects;

/** A page view whose visitor id, member id or path breaks the rules of {@link PageView}. */
public final class InvalidPageViewException extends StatsException {

  /** The part of the page view that is wrong. */
  public enum Field { VISITOR_ID, MEMBER_ID, PATH }

  private final Field field;

  public InvalidPageViewException(Field field, String message) {
    super(message);
    this.field = Objects.requireNonNull(field, "field");
  }

  public Field field() {
    return field;
  }
}
