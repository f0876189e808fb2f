package org.clausewatch.alert.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.clausewatch.shared.Classification;

/** One line of a user's notification centre. */
public record NotificationLine(
    long deliveryId,
    long eventId,
    AlertKind kind,
    Duration step,
    String detail,
    Instant createdAt,
    Instant readAt,
    Instant acknowledgedAt,
    String acknowledgedBy,
    boolean acknowledgeable,
    long deadlineId,
    String deadlineTitle,
    String deadlineKind,
    Instant dueAt,
    ZoneId dueZone,
    String contractNumber,
    Classification marking) {

  /** "Ultimatum due in 24 hours", "Deadline extended", ... */
  public String headline() {
    return AlertMessage.headline(kind, step, deadlineKind);
  }

  /** The due time as it was stated. */
  public java.time.ZonedDateTime due() {
    return dueAt.atZone(dueZone);
  }

  /** The due time in {@code zone} (the reader's). */
  public java.time.ZonedDateTime dueIn(ZoneId zone) {
    return dueAt.atZone(zone);
  }

  public boolean isRead() {
    return readAt != null;
  }

  public boolean isAcknowledged() {
    return acknowledgedAt != null;
  }
}
