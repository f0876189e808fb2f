package org.clausewatch.alert.domain;

import java.time.Duration;
import java.time.Instant;
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
    Subject subject,
    String contractNumber,
    Classification marking) {

  /** "Ultimatum due in 24 hours", "Deadline extended", ... */
  public String headline() {
    return AlertMessage.headline(kind, step, subject.kind());
  }

  public boolean isRead() {
    return readAt != null;
  }

  public boolean isAcknowledged() {
    return acknowledgedAt != null;
  }
}
