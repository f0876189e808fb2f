package org.clausewatch.deadline.domain;

import java.time.LocalDate;
import java.util.List;

/** An obligation as the contract page shows it, with its next occurrences when it recurs. */
public record ObligationView(
    long id,
    String description,
    String owingPartyName,
    String sourceClauseNumber,
    LocalDate dueDate,
    String recurrence,
    ObligationStatus status,
    List<LocalDate> nextOccurrences) {

  public ObligationView {
    nextOccurrences = List.copyOf(nextOccurrences);
  }
}
