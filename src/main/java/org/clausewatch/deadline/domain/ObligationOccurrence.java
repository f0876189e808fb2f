package org.clausewatch.deadline.domain;

import java.util.Objects;

/**
 * One occurrence of an obligation as the settle page shows it: the obligation as the contract page
 * shows it, and the occurrence, open or how it was settled.
 */
public record ObligationOccurrence(
    ObligationView obligation, ObligationView.OccurrenceLine occurrence) {

  public ObligationOccurrence {
    Objects.requireNonNull(obligation, "obligation");
    Objects.requireNonNull(occurrence, "occurrence");
  }
}
