package org.clausewatch.clause.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.domain.ClauseView;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /clauses/view?contract=...&clause=...} (view scoped: a form refused on this page renders
 * it again without the query string): one clause of a contract, loaded alone (not the whole
 * contract), with its text and, from other features, its positions, disputes and annotations.
 */
@Named
@ViewScoped
public class ClausePageBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private String contract;
  @Inject @Param private String clause;

  @Inject private ClauseService clauses;

  private ClauseView view;

  /** View action: an unknown clause, or one of a contract the user may not see, is a 404. */
  public void load() {
    if (view != null) {
      return;
    }
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
