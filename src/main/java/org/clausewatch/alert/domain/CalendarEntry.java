package org.clausewatch.alert.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clausewatch.shared.Classification;

/** What a user's calendar feed holds: deadlines (events with alarms) and obligations (to-dos). */
public final class CalendarEntry {

  private CalendarEntry() {}

  /** A deadline with its ladder's steps, for one VEVENT and its VALARMs. */
  public record DeadlineEntry(
      long id,
      String title,
      String kind,
      String status,
      Instant dueAt,
      String dueZone,
      String contractNumber,
      Classification marking,
      List<Duration> steps) {}

  /** An open obligation, with its RFC 5545 rule when it recurs, for one VToDo. */
  public record ObligationEntry(
      long id,
      String description,
      String owingParty,
      LocalDate dueDate,
      String recurrence,
      String contractNumber,
      Classification marking) {}
}
