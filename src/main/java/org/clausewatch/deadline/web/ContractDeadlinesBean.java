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
  @Inject private java.time.Clock clock;

  private List<DeadlineView> deadlineRows;
  private List<ObligationView> obligationRows;

  @PostConstruct
  void load() {
    deadlineRows = number == null ? List.of() : deadlines.deadlinesOf(number);
    obligationRows = number == null ? List.of() : deadlines.obligationsOf(number);
  }

  /** Open and past its due time, by the server's clock. */
  public boolean overdue(DeadlineView deadline) {
    return deadline.overdue(clock);
  }

  public List<DeadlineView> getDeadlines() {
    return deadlineRows;
  }

  public List<ObligationView> getObligations() {
    return obligationRows;
  }
}
