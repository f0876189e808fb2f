package org.clausewatch.history.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clausewatch.history.application.HistoryService;
import org.clausewatch.history.domain.HistoryRevision;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** {@code /contracts/history?number=...}: who changed what and when, newest first. */
@Named
@RequestScoped
public class ContractHistoryBean {

  @Inject @Param private String number;

  @Inject private HistoryService history;

  private List<HistoryRevision> revisions;

  /** View action: unknown, missing or not-cleared contracts get the normal 404 page. */
  public void load() {
    revisions =
        number == null || number.isBlank() ? null : history.historyOf(number.strip()).orElse(null);
    if (revisions == null) {
      Faces.responseSendError(404, "No contract " + number);
    }
  }

  public String getNumber() {
    return number == null ? null : number.strip();
  }

  public List<HistoryRevision> getRevisions() {
    return revisions;
  }
}
