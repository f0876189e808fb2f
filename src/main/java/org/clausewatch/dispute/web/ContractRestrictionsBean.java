package org.clausewatch.dispute.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.clausewatch.dispute.application.DisputeService;
import org.clausewatch.dispute.domain.Standing;
import org.clausewatch.dispute.domain.TermView;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.restriction.domain.RestrictionView;
import org.omnifaces.cdi.Param;

/**
 * The usage restrictions section of {@code /contracts/view?number=...}: each restriction with the
 * parties' latest stances and whether it is disputed (three statements for the whole section).
 */
@Named
@RequestScoped
public class ContractRestrictionsBean {

  @Inject @Param private String number;

  @Inject private RestrictionService restrictions;
  @Inject private DisputeService disputes;

  private List<RestrictionView> rows;
  private Map<Long, TermView> terms;

  @PostConstruct
  void load() {
    rows = number == null ? List.of() : restrictions.restrictionsOf(number);
    terms = rows.isEmpty() ? Map.of() : disputes.restrictionTermsOf(number);
  }

  public List<RestrictionView> getRestrictions() {
    return rows;
  }

  /** The restriction's term; one without positions or disputes is awaiting stances. */
  public TermView term(RestrictionView r) {
    TermView term = terms.get(r.id());
    return term != null
        ? term
        : new TermView(
            r.clauseId(), r.id(), Standing.of(List.of()), List.of(), List.of(), List.of());
  }
}
