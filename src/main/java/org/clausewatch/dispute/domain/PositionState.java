package org.clausewatch.dispute.domain;

/** A position is the party's latest, was replaced by a revision, or was withdrawn. */
public enum PositionState {
  CURRENT,
  REVISED,
  WITHDRAWN
}
