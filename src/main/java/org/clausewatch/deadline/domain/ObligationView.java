package org.clausewatch.deadline.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An obligation as the contract page shows it, with its recent and next occurrences, each settled
 * or open.
 */
public record ObligationView(
    long id,
    long version,
    String description,
    String owingPartyName,
    String sourceClauseNumber,
    LocalDate dueDate,
    String recurrence,
    ObligationStatus status,
    String responsiblePerson,
    List<OccurrenceLine> occurrences) {

  public ObligationView {
    occurrences = List.copyOf(occurrences);
  }

  /**
   * One occurrence.
   *
   * @param outcome null while open
   */
  public record OccurrenceLine(
      LocalDate date, OccurrenceOutcome outcome, String recordedBy, String note) {

    public boolean open() {
      return outcome == null;
    }

    /** Open and its date has passed. */
    public boolean overdue(LocalDate today) {
      return outcome == null && date.isBefore(today);
    }
  }
}
