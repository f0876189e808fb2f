package org.clausewatch.deadline.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An obligation as the contract page shows it, with its recent and next occurrences, each settled
 * or open, how it was ended (null while it goes on) and, if it was reopened since, how.
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
    List<OccurrenceLine> occurrences,
    Ended ended,
    Reopened reopened) {

  public ObligationView {
    occurrences = List.copyOf(occurrences);
  }

  /** Whether it recurs and goes on: it may be ended. */
  public boolean endable() {
    return recurrence != null && ended == null;
  }

  /** Whether its due date may move: a one-time obligation nobody settled yet. */
  public boolean dueDateMovable() {
    return recurrence == null && status == ObligationStatus.OPEN;
  }

  /**
   * How a recurring obligation was ended; null while it goes on.
   *
   * @param lastOwed nothing after this day is owed
   * @param ruleBefore its rule before the end, by which it is owed again if reopened
   */
  public record Ended(
      LocalDate lastOwed, String by, java.time.Instant at, String reason, String ruleBefore) {}

  /** Who reopened it after an end, when and why; null unless reopened and not ended since. */
  public record Reopened(String by, java.time.Instant at, String reason) {}

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
