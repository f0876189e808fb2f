package org.clausewatch.dispute.domain;

/** The life of a dispute: open (maybe escalated), then resolved or abandoned. */
public enum DisputeState {
  OPEN,
  ESCALATED,
  RESOLVED,
  ABANDONED;

  public boolean isOpen() {
    return this == OPEN || this == ESCALATED;
  }
}
