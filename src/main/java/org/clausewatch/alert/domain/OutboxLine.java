package org.clausewatch.alert.domain;

import java.time.Instant;

/** An e-mail delivery as the administrators' outbox page shows it. */
public record OutboxLine(
    long deliveryId,
    String recipient,
    AlertKind kind,
    String contractNumber,
    String title,
    DeliveryStatus status,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant sentAt,
    String lastError) {}
