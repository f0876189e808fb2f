package org.clausewatch.dispute.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.clausewatch.annotation.domain.ProposalAccepted;
import org.clausewatch.dispute.domain.Dispute;
import org.clausewatch.dispute.domain.DisputeRepository;
import org.clausewatch.dispute.domain.Resolution;
import org.clausewatch.restriction.domain.RestrictionRepository;
import org.clausewatch.restriction.domain.RestrictionWithdrawn;
import org.clausewatch.restriction.domain.UsageRestriction;
import org.clausewatch.shared.security.CurrentCaller;

/** Keeps disputes true when their term changes elsewhere, in the transaction that changed it. */
@ApplicationScoped
public class DisputeReactions {

  @Inject private DisputeRepository disputes;
  @Inject private RestrictionRepository restrictions;
  @Inject private Clock clock;

  /**
   * Accepted wording settles the dispute over the clause itself (R3): resolved by the accepted
   * proposal, naming its modification. Disputes over the clause's restrictions stay open.
   */
  void on(@Observes ProposalAccepted accepted) {
    disputes.lockTerms(accepted.clauseId());
    Dispute open = disputes.openOn(accepted.clauseId(), null);
    if (open != null) {
      open.resolveByProposal(
          "Proposed wording accepted through modification " + accepted.modificationNumber(),
          clock.instant(),
          CurrentCaller.usernameOfCurrentRequest());
    }
  }

  /** A withdrawn restriction's open dispute closes with it (R3). */
  void on(@Observes RestrictionWithdrawn withdrawn) {
    UsageRestriction restriction = restrictions.find(withdrawn.restrictionId());
    if (restriction == null) {
      return;
    }
    disputes.lockTerms(restriction.clause().id());
    Dispute open = disputes.openOn(restriction.clause().id(), restriction.id());
    if (open != null) {
      open.settle(
          Resolution.TERM_WITHDRAWN, clock.instant(), CurrentCaller.usernameOfCurrentRequest());
    }
  }
}
