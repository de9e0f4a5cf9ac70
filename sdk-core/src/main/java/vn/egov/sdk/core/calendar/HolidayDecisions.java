package vn.egov.sdk.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.egov.sdk.core.calendar.internal.HolidayDecisionsReader;

/**
 * A set of {@link HolidayDecision}s, at most one per year; immutable.
 *
 * <p>{@link #vietnam()} is the set the SDK ships: every year whose decision was found with its
 * source, listed in {@code docs/sdk-core-calendar.md}; other years follow the rules. An agency adds a
 * year the SDK does not have yet, or corrects one, with {@link #with(HolidayDecision)} or {@link
 * WorkingCalendar.Builder#decision(HolidayDecision)}, or keeps its own file in the same JSON format
 * and {@link #read(InputStream) reads} it.
 */
public final class HolidayDecisions {
  /** The shipped decisions, in the jar beside this class. */
  static final String RESOURCE = "holiday-decisions.json";
  private static final HolidayDecisions NONE = new HolidayDecisions(new TreeMap<>());

  private final TreeMap<Integer, HolidayDecision> byYear;

  private HolidayDecisions(TreeMap<Integer, HolidayDecision> byYear) {
    this.byYear = byYear;
  }

  /**
   * The government's decisions the SDK ships (read once from the jar; the value is immutable and
   * shared).
   */
  public static HolidayDecisions vietnam() {
    return Shipped.VIETNAM;
  }

  /** No decisions: every year by the rules. */
  public static HolidayDecisions none() {
    return NONE;
  }

  /** @throws IllegalArgumentException when two decisions are for the same year */
  public static HolidayDecisions of(HolidayDecision... decisions) {
    return of(List.of(decisions));
  }

  /** @throws IllegalArgumentException when two decisions are for the same year */
  public static HolidayDecisions of(Collection<HolidayDecision> decisions) {
    Objects.requireNonNull(decisions, "decisions");
    TreeMap<Integer, HolidayDecision> map = new TreeMap<>();
    for (HolidayDecision d : decisions) {
      Objects.requireNonNull(d, "decision");
      if (map.putIfAbsent(d.year(), d) != null) {
        throw new IllegalArgumentException("two decisions for " + d.year());
      }
    }
    return new HolidayDecisions(map);
  }

  /**
   * Decisions from a JSON document in the format of the shipped file ({@code docs/sdk-core-calendar.md}).
   * The stream is read to its end and not closed.
   *
   * @throws HolidayDecisionsFormatException listing every problem found, each with its JSON path
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static HolidayDecisions read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return of(HolidayDecisionsReader.read(json));
  }

  /** This set with {@code decision} for its year, replacing the one it had. */
  public HolidayDecisions with(HolidayDecision decision) {
    Objects.requireNonNull(decision, "decision");
    TreeMap<Integer, HolidayDecision> map = new TreeMap<>(byYear);
    map.put(decision.year(), decision);
    return new HolidayDecisions(map);
  }

  /** This set with every decision of {@code other} added, replacing those of the same years. */
  public HolidayDecisions with(HolidayDecisions other) {
    Objects.requireNonNull(other, "other");
    TreeMap<Integer, HolidayDecision> map = new TreeMap<>(byYear);
    map.putAll(other.byYear);
    return new HolidayDecisions(map);
  }

  /** This set without a decision for {@code year} (which then follows the rules). */
  public HolidayDecisions without(int year) {
    TreeMap<Integer, HolidayDecision> map = new TreeMap<>(byYear);
    map.remove(year);
    return new HolidayDecisions(map);
  }

  /** The decision of {@code year}, if the set has one. */
  public Optional<HolidayDecision> get(int year) {
    return Optional.ofNullable(byYear.get(year));
  }

  /** The years decided, ascending. */
  public SortedSet<Integer> years() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(byYear.keySet()));
  }

  /** Every decision, by year. */
  public List<HolidayDecision> all() {
    return List.copyOf(byYear.values());
  }

  public boolean isEmpty() {
    return byYear.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HolidayDecisions other && byYear.equals(other.byYear);
  }

  @Override
  public int hashCode() {
    return byYear.hashCode();
  }

  @Override
  public String toString() {
    return "HolidayDecisions" + byYear.keySet();
  }

  /** Loaded on first use of {@link #vietnam()}. */
  private static final class Shipped {
    static final HolidayDecisions VIETNAM = load();

    private static HolidayDecisions load() {
      try (InputStream in = HolidayDecisions.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks " + RESOURCE);
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
