package org.clausewatch.alert.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** An obligation whose next alert time has come, claimed for this transaction. */
public record DueObligation(
    long obligationId,
    boolean open,
    LocalDate start,
    String recurrence,
    Set<LocalDate> settled,
    Instant decidedUntil) {}
