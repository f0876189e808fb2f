package org.clausewatch.deadline.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.clausewatch.shared.Classification;

/** A deadline as pages show it, with its consequences in order. */
public record DeadlineView(
    long id,
    String contractNumber,
    String contractTitle,
    Classification marking,
    String title,
    DeadlineKind kind,
    Instant dueAt,
    String dueZone,
    String issuerName,
    String responsibleName,
    String demandedAction,
    DeadlineStatus status,
    List<String> consequences,
    Instant closedAt,
    String closedBy,
    String closeNote,
    int extensions) {

  public DeadlineView {
    consequences = List.copyOf(consequences);
  }

  public ZonedDateTime dueInStatedZone() {
    return dueAt.atZone(ZoneId.of(dueZone));
  }

  public boolean open() {
    return status == DeadlineStatus.OPEN;
  }

  public boolean overdue(Clock clock) {
    return open() && clock.instant().isAfter(dueAt);
  }

  public Duration remaining(Clock clock) {
    return Duration.between(clock.instant(), dueAt);
  }
}
