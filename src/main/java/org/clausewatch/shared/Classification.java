package org.clausewatch.shared;

/**
 * Classification marking of a contract and clearance of a user, lowest first: the order is
 * meaningful.
 */
public enum Classification {
  UNCLASSIFIED,
  CUI,
  SECRET,
  TOP_SECRET;

  /** Whether a holder of {@code clearance} may see something marked this way. */
  public boolean isVisibleTo(Classification clearance) {
    return compareTo(clearance) <= 0;
  }
}
