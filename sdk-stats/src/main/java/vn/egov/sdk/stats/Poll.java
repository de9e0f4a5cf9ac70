package vn.egov.sdk.stats;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.egov.sdk.core.Problem;

/**
 * A poll: a question, its options in display order, how many options one ballot may choose
 * ({@code maxChoices}, 1 for a single-choice poll), and optional opening and closing times.
 * {@code sample} marks a poll seeded for demonstration. Build one with {@link #builder(String)};
 * every rule is checked at once and all broken rules are reported together
 * ({@link InvalidPollException}).
 *
 * @param opensAt when ballots start being accepted; null for "from creation"
 * @param closesAt when ballots stop being accepted; null for "until closed by an administrator"
 */
public record Poll(String id, String question, List<PollOption> options, int maxChoices,
    Instant opensAt, Instant closesAt, boolean sample) {

  public static final int MAX_ID_LENGTH = 64;
  public static final int MAX_QUESTION_LENGTH = 500;
  public static final int MAX_OPTION_TEXT_LENGTH = 200;
  public static final int MIN_OPTIONS = 2;
  public static final int MAX_OPTIONS = 20;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern OPTION_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  public Poll {
    question = question == null ? null : Normalizer.normalize(question.strip(), Normalizer.Form.NFC);
    List<PollOption> normalized = new ArrayList<>();
    if (options != null) {
      for (PollOption o : options) {
        normalized.add(o == null ? null
            : new PollOption(o.id(), Normalizer.normalize(o.text().strip(), Normalizer.Form.NFC)));
      }
    }
    List<Problem> problems = problems(id, question, options == null ? null : normalized, maxChoices,
        opensAt, closesAt);
    if (!problems.isEmpty()) {
      throw new InvalidPollException(problems);
    }
    options = List.copyOf(normalized);
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Whether {@code id} has the form of a poll id (1–64 letters, digits, '-' or '_'). */
  public static boolean isValidId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** Whether one ballot may choose more than one option. */
  public boolean multipleChoice() {
    return maxChoices > 1;
  }

  /** The status at {@code now}: before {@code opensAt} SCHEDULED, from {@code closesAt} CLOSED. */
  public PollStatus statusAt(Instant now) {
    if (closesAt != null && !now.isBefore(closesAt)) {
      return PollStatus.CLOSED;
    }
    if (opensAt != null && now.isBefore(opensAt)) {
      return PollStatus.SCHEDULED;
    }
    return PollStatus.OPEN;
  }

  /** This poll closed at {@code at}, unless it already closes earlier. */
  public Poll closedAt(Instant at) {
    if (closesAt != null && !closesAt.isAfter(at)) {
      return this;
    }
    Instant opens = opensAt != null && !opensAt.isBefore(at) ? null : opensAt;
    return new Poll(id, question, options, maxChoices, opens, at, sample);
  }

  /** Whether {@code optionId} is one of this poll's options. */
  public boolean hasOption(String optionId) {
    return options.stream().anyMatch(o -> o.id().equals(optionId));
  }

  private static List<Problem> problems(String id, String question, List<PollOption> options,
      int maxChoices, Instant opensAt, Instant closesAt) {
    List<Problem> p = new ArrayList<>();
    if (id == null || !ID.matcher(id).matches()) {
      p.add(new Problem("/id", "INVALID_ID", "1 to " + MAX_ID_LENGTH + " letters, digits, '-' or '_' are needed"));
    }
    if (question == null || question.isEmpty()) {
      p.add(new Problem("/question", "REQUIRED", "must not be empty"));
    } else if (question.length() > MAX_QUESTION_LENGTH) {
      p.add(new Problem("/question", "TOO_LONG", "at most " + MAX_QUESTION_LENGTH + " characters"));
    } else if (question.chars().anyMatch(Character::isISOControl)) {
      p.add(new Problem("/question", "CONTROL_CHARACTERS", "must not contain control characters"));
    }
    if (options == null || options.size() < MIN_OPTIONS) {
      p.add(new Problem("/options", "TOO_FEW_ITEMS", "at least " + MIN_OPTIONS + " are needed"));
    } else if (options.size() > MAX_OPTIONS) {
      p.add(new Problem("/options", "TOO_MANY_ITEMS", "at most " + MAX_OPTIONS + " are allowed"));
    }
    Set<String> seen = new HashSet<>();
    if (options != null) {
      for (int i = 0; i < options.size(); i++) {
        PollOption o = options.get(i);
        String where = "/options/" + i;
        if (o == null) {
          p.add(new Problem(where, "REQUIRED", "missing"));
          continue;
        }
        if (!OPTION_ID.matcher(o.id()).matches()) {
          p.add(new Problem(where + "/id", "INVALID_ID", "1 to 32 letters, digits, '-' or '_' are needed"));
        } else if (!seen.add(o.id())) {
          p.add(new Problem(where + "/id", "DUPLICATE", "'" + o.id() + "' is used twice"));
        }
        if (o.text().isEmpty()) {
          p.add(new Problem(where + "/text", "REQUIRED", "must not be empty"));
        } else if (o.text().length() > MAX_OPTION_TEXT_LENGTH) {
          p.add(new Problem(where + "/text", "TOO_LONG", "at most " + MAX_OPTION_TEXT_LENGTH + " characters"));
        } else if (o.text().chars().anyMatch(Character::isISOControl)) {
          p.add(new Problem(where + "/text", "CONTROL_CHARACTERS", "must not contain control characters"));
        }
      }
    }
    int optionCount = options == null ? 0 : options.size();
    if (maxChoices < 1 || (optionCount >= MIN_OPTIONS && maxChoices > optionCount)) {
      p.add(new Problem("/maxChoices", "OUT_OF_RANGE", "must be between 1 and the number of options, was " + maxChoices));
    }
    if (opensAt != null && closesAt != null && !opensAt.isBefore(closesAt)) {
      p.add(new Problem("/closesAt", "RANGE_INVERTED", "must be after opensAt"));
    }
    return p;
  }

  /** Collects a poll's parts; {@link #build()} checks them all. */
  public static final class Builder {
    private final String id;
    private String question;
    private final List<PollOption> options = new ArrayList<>();
    private int maxChoices = 1;
    private Instant opensAt;
    private Instant closesAt;
    private boolean sample;

    private Builder(String id) {
      this.id = id;
    }

    public Builder question(String text) {
      this.question = text;
      return this;
    }

    public Builder option(String optionId, String text) {
      options.add(new PollOption(Objects.requireNonNull(optionId, "optionId"),
          Objects.requireNonNull(text, "text")));
      return this;
    }

    public Builder maxChoices(int max) {
      this.maxChoices = max;
      return this;
    }

    public Builder opensAt(Instant at) {
      this.opensAt = at;
      return this;
    }

    public Builder closesAt(Instant at) {
      this.closesAt = at;
      return this;
    }

    public Builder sample(boolean isSample) {
      this.sample = isSample;
      return this;
    }

    /** @throws InvalidPollException listing every broken rule */
    public Poll build() {
      return new Poll(id, question, options, maxChoices, opensAt, closesAt, sample);
    }
  }
}
