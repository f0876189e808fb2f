package org.clausewatch.clause.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.domain.StandardClause;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** {@code /clauses/library?number=52.204-21}: the canonical FAR/DFARS text. */
@Named
@RequestScoped
public class StandardClauseBean {

  @Inject @Param private String number;

  @Inject private ClauseService clauses;

  private StandardClause clause;

  /** View action: unknown numbers get the app's own 404 page. */
  public void load() {
    clause = number == null ? null : clauses.standard(number.strip()).orElse(null);
    if (clause == null) {
      Faces.responseSendError(404, "No library clause " + number);
    }
  }

  public StandardClause getClause() {
    return clause;
  }

  public String[] getParagraphs() {
    return clause == null ? new String[0] : clause.text().split("\n\n");
  }
}
