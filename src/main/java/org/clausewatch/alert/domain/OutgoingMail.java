package org.clausewatch.alert.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.clausewatch.shared.Classification;

/**
 * An e-mail delivery claimed from the outbox, with what its message says (its {@link Subject}).
 * {@code cleared} is false when the recipient is disabled or no longer cleared for the contract at
 * sending time.
 */
public record OutgoingMail(
    long deliveryId,
    int attempts,
    AlertKind kind,
    Duration step,
    List<Duration> missed,
    String detail,
    Subject subject,
    String contractNumber,
    String contractTitle,
    Classification marking,
    String recipientEmail,
    String recipientName,
    ZoneId recipientZone,
    boolean cleared) {}
