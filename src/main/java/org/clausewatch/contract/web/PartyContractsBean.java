package org.clausewatch.contract.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.domain.ContractSummary;
import org.clausewatch.shared.Classification;
import org.omnifaces.cdi.Param;

/** The contracts section of {@code /parties/view?name=...}: what the user may see, by number. */
@Named
@RequestScoped
public class PartyContractsBean {

  /** The section lists this many; the contract list (filtered by the party) has them all. */
  static final int MAX_ROWS = 50;

  @Inject @Param private String name;

  @Inject private ContractService contracts;

  private List<ContractSummary> rows;

  @PostConstruct
  void load() {
    rows =
        name == null || name.isBlank() ? List.of() : contracts.contractsOf(name.strip(), MAX_ROWS);
  }

  public List<ContractSummary> getRows() {
    return rows;
  }

  /** The highest marking of the contracts listed, for the page's banners. */
  public Classification getMarking() {
    return Classification.highest(rows.stream().map(ContractSummary::classification).toList());
  }

  public int getMaxRows() {
    return MAX_ROWS;
  }
}
