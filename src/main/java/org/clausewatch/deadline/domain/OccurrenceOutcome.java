package org.clausewatch.deadline.domain;

/** How one occurrence of an obligation was settled. */
public enum OccurrenceOutcome {
  FULFILLED,
  WAIVED,
  MISSED;

  /** The status of a one-time obligation whose only occurrence was settled this way. */
  ObligationStatus asStatus() {
    return switch (this) {
      case FULFILLED -> ObligationStatus.MET;
      case WAIVED -> ObligationStatus.WAIVED;
      case MISSED -> ObligationStatus.MISSED;
    };
  }
}
