package vn.egov.sdk.examples.site;

import java.util.List;

/**
 * The model of a dossier's page: the receipt right after filing ({@code fresh}) and the status page
 * found by the status lookup afterwards — the code, dates, status, history and what happens next.
 */
public record DossierPage(String dossierCode, String procedureCode, String procedureName, String formTitle,
    String receivedAt, String dueDate, String status, int statusCode, List<HistoryRow> history,
    List<String> nextSteps, boolean fresh) {

  public DossierPage {
    history = List.copyOf(history);
    nextSteps = List.copyOf(nextSteps);
  }

  /** One step of the history. */
  public record HistoryRow(String status, String at, String isoAt, String note) {}
}
