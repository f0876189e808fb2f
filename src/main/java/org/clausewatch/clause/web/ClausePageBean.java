package org.clausewatch.clause.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.domain.ClauseView;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /clauses/view?contract=...&clause=...}: one clause of a contract, loaded alone (not the
 * whole contract), with its text and, from other features, its positions, disputes and annotations.
 */
@Named
@RequestScoped
public class ClausePageBean {

  @Inject @Param private String contract;
  @Inject @Param private String clause;

  @Inject private ClauseService clauses;

  private ClauseView view;

  /** View action: an unknown clause, or one of a contract the user may not see, is a 404. */
  public void load() {
    view =
        contract == null || clause == null
            ? null
            : clauses.clause(contract.strip(), clause.strip()).orElse(null);
    if (view == null) {
      Faces.responseSendError(404, "No clause " + clause + " in " + contract);
    }
  }

  public ClauseView getClause() {
    return view;
  }

  public String getContract() {
    return contract == null ? null : contract.strip();
  }
}
