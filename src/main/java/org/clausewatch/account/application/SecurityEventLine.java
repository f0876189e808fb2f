package org.clausewatch.account.application;

import java.time.Instant;
import org.clausewatch.account.domain.Outcome;
import org.clausewatch.account.domain.SecurityEvent;
import org.clausewatch.account.domain.SecurityEventKind;

/** A security event as the administrators' page shows it. */
public record SecurityEventLine(
    long id,
    Instant occurredAt,
    String actor,
    SecurityEventKind kind,
    Outcome outcome,
    String subject,
    String clientAddress,
    String detail) {

  static SecurityEventLine of(SecurityEvent e) {
    return new SecurityEventLine(
        e.id(),
        e.occurredAt(),
        e.actor(),
        e.kind(),
        e.outcome(),
        e.subject(),
        e.clientAddress(),
        e.detail());
  }
}
