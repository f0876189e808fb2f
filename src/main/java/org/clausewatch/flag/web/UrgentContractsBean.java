package org.clausewatch.flag.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clausewatch.flag.application.FlagService;
import org.clausewatch.flag.domain.UrgentContract;
import org.clausewatch.shared.Classification;

/**
 * The overview's contracts that need attention: the most urgent few, each with its most urgent
 * reason in words; the list filtered by "needs attention" has them all.
 */
@Named
@RequestScoped
public class UrgentContractsBean {

  /** How many the overview lists. */
  static final int MAX_ROWS = 10;

  @Inject private FlagService flags;

  private List<UrgentContract> rows;

  public List<UrgentContract> getRows() {
    if (rows == null) {
      rows = flags.mostUrgent(MAX_ROWS);
    }
    return rows;
  }

  /** The highest marking of the contracts listed, for the overview's banners. */
  public Classification getMarking() {
    return Classification.highest(getRows().stream().map(u -> u.reason().marking()).toList());
  }
}
