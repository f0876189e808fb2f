package org.clausewatch.deadline.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.domain.DeadlineView;
import org.clausewatch.deadline.domain.ObligationView;
import org.omnifaces.cdi.Param;

/** Deadlines and obligations sections of {@code /contracts/view?number=...}. */
@Named
@RequestScoped
public class ContractDeadlinesBean {

  @Inject @Param private String number;

  @Inject private DeadlineService deadlines;

  private List<DeadlineView> deadlineRows;
  private List<ObligationView> obligationRows;

  @PostConstruct
  void load() {
    deadlineRows = number == null ? List.of() : deadlines.deadlinesOf(number);
    obligationRows = number == null ? List.of() : deadlines.obligationsOf(number);
  }

  public List<DeadlineView> getDeadlines() {
    return deadlineRows;
  }

  public List<ObligationView> getObligations() {
    return obligationRows;
  }
}
