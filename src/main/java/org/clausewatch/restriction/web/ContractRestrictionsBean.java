package org.clausewatch.restriction.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.restriction.domain.RestrictionView;
import org.omnifaces.cdi.Param;

/** The usage restrictions section of {@code /contracts/view?number=...}. */
@Named
@RequestScoped
public class ContractRestrictionsBean {

  @Inject @Param private String number;

  @Inject private RestrictionService restrictions;

  private List<RestrictionView> rows;

  @PostConstruct
  void load() {
    rows = number == null ? List.of() : restrictions.restrictionsOf(number);
  }

  public List<RestrictionView> getRestrictions() {
    return rows;
  }
}
