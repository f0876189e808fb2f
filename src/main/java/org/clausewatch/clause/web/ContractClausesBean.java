package org.clausewatch.clause.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.domain.ClauseView;
import org.omnifaces.cdi.Param;

/** The clauses section of {@code /contracts/view?number=...}. */
@Named
@RequestScoped
public class ContractClausesBean {

  @Inject @Param private String number;

  @Inject private ClauseService clauses;

  private List<ClauseView> rows;

  @PostConstruct
  void load() {
    rows = number == null ? List.of() : clauses.clausesOf(number);
  }

  public List<ClauseView> getClauses() {
    return rows;
  }
}
