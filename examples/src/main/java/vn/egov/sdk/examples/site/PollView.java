package vn.egov.sdk.examples.site;

import java.util.List;
import java.util.Locale;
import vn.egov.sdk.core.Language;

/**
 * A poll as the site shows it: the question, the results, and the form when this browser may vote.
 *
 * @param canVote the poll is open and this browser has not voted (as far as its cookie says)
 * @param multiple more than one option may be chosen (checkboxes instead of radio buttons)
 * @param message a sentence for the voter after a vote (or null), {@code messageKind} {@code ok},
 *     {@code info} or {@code error}
 * @param standalone the poll's own page (results always shown) rather than the home page's block
 */
public record PollView(String id, String question, List<Row> options, long totalVoters, String status,
    boolean canVote, boolean voted, boolean multiple, int maxChoices, boolean sample, String message,
    String messageKind, boolean standalone, Language lang) {

  public PollView {
    options = List.copyOf(options);
  }

  /** One option with its result. */
  public record Row(String id, String text, long votes, int percent) {}

  public String t(String vi, String en) {
    return lang.pick(vi, en);
  }

  /** 1.442 in Vietnamese, 1,442 in English. */
  public String number(long value) {
    String plain = String.format(Locale.ROOT, "%,d", value);
    return lang == Language.VI ? plain.replace(',', '.') : plain;
  }

  public String votes(long n) {
    return number(n) + " " + lang.pick("phiếu", n == 1 ? "vote" : "votes");
  }

  /** {@code "vi"} for the poll's own texts on an English page (the agency writes them in Vietnamese). */
  public String dataLang() {
    return lang == Language.VI ? null : "vi";
  }

  public boolean showResults() {
    return standalone || !canVote;
  }

  public PollView withMessage(String text, String kind) {
    return new PollView(id, question, options, totalVoters, status, canVote, voted, multiple, maxChoices,
        sample, text, kind, standalone, lang);
  }
}
