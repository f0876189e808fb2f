package org.clausewatch.deadline.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.domain.DeadlineView;
import org.clausewatch.shared.Classification;

/** The overview's "overdue" and "deadlines in the next 14 days". */
@Named
@RequestScoped
public class UpcomingDeadlinesBean {

  static final Duration WINDOW = Duration.ofDays(14);
  static final int MAX_ROWS = 20;

  @Inject private DeadlineService deadlines;

  private List<DeadlineView> rows;
  private List<DeadlineView> overdueRows;

  @PostConstruct
  void load() {
    rows = deadlines.upcoming(WINDOW, MAX_ROWS);
    overdueRows = deadlines.overdue(MAX_ROWS);
  }

  /** Open deadlines whose time has passed, latest first: they stay until someone closes them. */
  public List<DeadlineView> getOverdue() {
    return overdueRows;
  }

  /**
   * The highest marking of the contracts whose deadlines are listed, for the overview's banners.
   */
  public Classification getMarking() {
    return Classification.highest(
        java.util.stream.Stream.concat(rows.stream(), overdueRows.stream())
            .map(DeadlineView::marking)
            .toList());
  }

  public List<DeadlineView> getDeadlines() {
    return rows;
  }
}
