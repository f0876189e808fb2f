package org.clausewatch.flag.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clausewatch.flag.application.FlagService;
import org.clausewatch.flag.domain.FlagView;
import org.omnifaces.cdi.Param;

/** The flags section of {@code /clauses/view?contract=...&clause=...}, evidence marked. */
@Named
@RequestScoped
public class ClauseFlagsBean {

  @Inject @Param private String contract;
  @Inject @Param private String clause;

  @Inject private FlagService flags;

  private List<FlagView> all;

  public List<FlagView> getFlags() {
    if (all == null) {
      all =
          contract == null || clause == null || contract.isBlank() || clause.isBlank()
              ? List.of()
              : flags.flagsOfClause(contract.strip(), clause.strip());
    }
    return all;
  }
}
