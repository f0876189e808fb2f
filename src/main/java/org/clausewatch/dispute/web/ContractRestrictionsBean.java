package org.clausewatch.dispute.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clausewatch.dispute.application.DisputeService;
import org.clausewatch.dispute.application.RestrictionTerm;
import org.omnifaces.cdi.Param;

/**
 * The usage restrictions section of {@code /contracts/view?number=...}: each restriction with the
 * parties' latest stances and whether it is disputed (three statements for the whole section).
 */
@Named
@RequestScoped
public class ContractRestrictionsBean {

  @Inject @Param private String number;

  @Inject private DisputeService disputes;

  private List<RestrictionTerm> rows;

  @PostConstruct
  void load() {
    rows = number == null ? List.of() : disputes.restrictionsOf(number);
  }

  public List<RestrictionTerm> getRestrictions() {
    return rows;
  }
}
