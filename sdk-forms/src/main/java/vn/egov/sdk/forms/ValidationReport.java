package vn.egov.sdk.forms;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.core.Problem;

/**
 * Every problem found in one submission, in the order of the form; valid when there are none. Each
 * {@link Problem} has the JSON Pointer into the submitted data ({@code ""} for the whole object), a
 * stable code such as {@code CITIZEN_ID_PROVINCE} and a message for people, which the report holds in
 * every {@link Language}: {@link #problems()} in Vietnamese, {@link #problems(Language)} in either.
 * Immutable.
 */
public final class ValidationReport {
  private static final ValidationReport VALID = new ValidationReport(emptyLists());

  private final Map<Language, List<Problem>> byLanguage;

  private ValidationReport(Map<Language, List<Problem>> byLanguage) {
    this.byLanguage = byLanguage;
  }

  /** The report of a submission without problems. */
  public static ValidationReport none() {
    return VALID;
  }

  /**
   * A report of the problems {@code inLanguage} gives for each language, the same problems (path and
   * code, in the same order) in each, only their messages translated.
   *
   * @throws IllegalArgumentException if two languages disagree on a path or a code
   */
  public static ValidationReport of(Function<Language, List<Problem>> inLanguage) {
    Objects.requireNonNull(inLanguage, "inLanguage");
    Map<Language, List<Problem>> map = new EnumMap<>(Language.class);
    List<Problem> first = null;
    for (Language language : Language.values()) {
      List<Problem> problems = List.copyOf(inLanguage.apply(language));
      if (first == null) {
        first = problems;
      } else if (!sameRules(first, problems)) {
        throw new IllegalArgumentException("the problems in " + language.tag()
            + " differ in path or code from those in " + Language.values()[0].tag());
      }
      map.put(language, problems);
    }
    return first.isEmpty() ? VALID : new ValidationReport(map);
  }

  private static boolean sameRules(List<Problem> a, List<Problem> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).path().equals(b.get(i).path()) || !a.get(i).code().equals(b.get(i).code())) {
        return false;
      }
    }
    return true;
  }

  private static Map<Language, List<Problem>> emptyLists() {
    Map<Language, List<Problem>> map = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      map.put(language, List.of());
    }
    return map;
  }

  public boolean valid() {
    return byLanguage.get(Language.VI).isEmpty();
  }

  /** The problems with their messages in Vietnamese. */
  public List<Problem> problems() {
    return byLanguage.get(Language.VI);
  }

  /** The problems with their messages in {@code language}. */
  public List<Problem> problems(Language language) {
    return byLanguage.get(Objects.requireNonNull(language, "language"));
  }

  /** The codes of the problems, in order (the same in every language). */
  public List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (Problem p : problems()) {
      codes.add(p.code());
    }
    return List.copyOf(codes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport other && byLanguage.equals(other.byLanguage);
  }

  @Override
  public int hashCode() {
    return byLanguage.hashCode();
  }

  @Override
  public String toString() {
    return valid() ? "ValidationReport[valid]" : "ValidationReport" + problems(Language.EN);
  }
}
