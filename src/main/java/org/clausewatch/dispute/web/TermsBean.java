package org.clausewatch.dispute.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.domain.ClauseView;
import org.clausewatch.dispute.application.DisputeService;
import org.clausewatch.dispute.domain.TermView;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.restriction.domain.RestrictionView;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * The positions and disputes section of {@code /clauses/view?contract=...&clause=...}: the clause
 * itself and each of its usage restrictions, with the parties' latest stances, what they add up to,
 * earlier positions and the disputes' timeline (R1-R3).
 */
@Named
@RequestScoped
public class TermsBean {

  /** One term as the page lists it. */
  public record Term(RestrictionView restriction, TermView view) {

    public String anchor() {
      return restriction == null ? "term-clause" : "term-" + restriction.id();
    }
  }

  @Inject @Param private String contract;
  @Inject @Param private String clause;

  @Inject private ClauseService clauses;
  @Inject private RestrictionService restrictions;
  @Inject private DisputeService disputes;

  private ClauseView clauseView;
  private List<Term> terms = List.of();

  @PostConstruct
  void load() {
    clauseView =
        contract == null || clause == null
            ? null
            : clauses.clause(contract.strip(), clause.strip()).orElse(null);
    if (clauseView == null) {
      return;
    }
    List<RestrictionView> mine =
        restrictions.restrictionsOf(contract.strip()).stream()
            .filter(r -> r.clauseId() == clauseView.id())
            .toList();
    Map<Long, TermView> views =
        disputes.termsOfClause(clauseView.id(), mine.stream().map(RestrictionView::id).toList());
    List<Term> list = new ArrayList<>();
    list.add(new Term(null, views.get(0L)));
    for (RestrictionView r : mine) {
      list.add(new Term(r, views.get(r.id())));
    }
    terms = list;
  }

  /** Legal staff: the party no longer holds this position. */
  public void withdraw(long positionId, long version, String party) {
    if (Actions.attempt(() -> disputes.withdrawPosition(positionId, version), null)) {
      Messages.flashInfo(Messages.bundle("position.withdrawn", party));
      Faces.redirect("clauses/view?contract=%s&clause=%s", contract.strip(), clauseView.number());
    }
  }

  public List<Term> getTerms() {
    return terms;
  }

  public ClauseView getClause() {
    return clauseView;
  }
}
