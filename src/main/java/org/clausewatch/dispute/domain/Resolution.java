package org.clausewatch.dispute.domain;

/** How a dispute was resolved. */
public enum Resolution {
  /** The parties' latest stances no longer disagree (computed). */
  POSITIONS_AGREE,
  /** A party withdrew the position that disagreed (computed). */
  WITHDRAWN_DEMAND,
  /** Proposed wording was accepted. */
  ACCEPTED_PROPOSAL,
  /** A modification of the contract settled it (it names which). */
  MODIFICATION,
  /** The usage restriction itself was withdrawn (computed). */
  TERM_WITHDRAWN
}
