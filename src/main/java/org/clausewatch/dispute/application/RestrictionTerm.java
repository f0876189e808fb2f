package org.clausewatch.dispute.application;

import org.clausewatch.dispute.domain.TermView;

/**
 * A usage restriction as a term the parties take positions on.
 *
 * @param kind PROHIBITED or CONDITIONAL
 */
public record RestrictionTerm(
    long restrictionId,
    long clauseId,
    String clauseNumber,
    String clauseHeading,
    String restrictedUse,
    String kind,
    String condition,
    boolean withdrawn,
    TermView view) {

  /** The clause page's anchor for this term. */
  public String anchor() {
    return "term-" + restrictionId;
  }
}
