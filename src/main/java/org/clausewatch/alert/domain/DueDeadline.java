package org.clausewatch.alert.domain;

import java.time.Instant;
import org.clausewatch.deadline.domain.DeadlineKind;

/** A deadline whose next alert step has fallen, claimed by one scheduler for this transaction. */
public record DueDeadline(
    long deadlineId,
    DeadlineKind kind,
    Instant dueAt,
    java.time.ZoneId dueZone,
    AlertLadder ladder,
    Instant decidedUntil) {}
