package org.clausewatch.flag.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clausewatch.flag.application.FlagService;
import org.clausewatch.flag.domain.FlaggedContract;
import org.clausewatch.shared.Classification;

/**
 * The overview's overdue obligations: the newest few contracts and why; the list filtered by the
 * flag has them all (no count here: at 25,000 flagged contracts it cost 38 ms a page).
 */
@Named
@RequestScoped
public class OverdueObligationsBean {

  /** How many the overview lists; the rest are in the contract list filtered by the flag. */
  static final int MAX_ROWS = 10;

  @Inject private FlagService flags;

  private List<FlaggedContract> rows;

  /** The highest marking of the contracts listed, for the overview's banners. */
  public Classification getMarking() {
    return Classification.highest(getRows().stream().map(FlaggedContract::marking).toList());
  }

  public List<FlaggedContract> getRows() {
    if (rows == null) {
      rows = flags.overdueObligations(MAX_ROWS);
    }
    return rows;
  }
}
