package org.clausewatch.dispute.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.dispute.application.ClauseTerms;
import org.clausewatch.dispute.application.DisputeService;
import org.clausewatch.dispute.application.RestrictionTerm;
import org.clausewatch.dispute.domain.TermView;
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
@ViewScoped
public class TermsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * One term as the page lists it.
   *
   * @param restriction null for the clause itself
   */
  public record Term(RestrictionTerm restriction, TermView view) {

    public String anchor() {
      return restriction == null ? "term-clause" : restriction.anchor();
    }

    public boolean open() {
      return restriction == null || !restriction.withdrawn();
    }
  }

  @Inject @Param private String contract;
  @Inject @Param private String clause;

  @Inject private DisputeService disputes;

  private ClauseTerms clauseTerms;
  private List<Term> terms = List.of();

  @PostConstruct
  void load() {
    clauseTerms =
        contract == null || clause == null
            ? null
            : disputes.clauseTerms(contract.strip(), clause.strip()).orElse(null);
    if (clauseTerms == null) {
      return;
    }
    List<Term> list = new ArrayList<>();
    list.add(new Term(null, clauseTerms.clauseTerm()));
    for (RestrictionTerm r : clauseTerms.restrictions()) {
      list.add(new Term(r, r.view()));
    }
    terms = list;
  }

  /** Legal staff: the party no longer holds this position. */
  public void withdraw(long positionId, long version, String party) {
    if (Actions.attempt(() -> disputes.withdrawPosition(positionId, version), null)) {
      Messages.flashInfo(Messages.bundle("position.withdrawn", party));
      Faces.redirect(
          "clauses/view?contract=%s&clause=%s", contract.strip(), clauseTerms.clauseNumber());
    }
  }

  public List<Term> getTerms() {
    return terms;
  }
}
