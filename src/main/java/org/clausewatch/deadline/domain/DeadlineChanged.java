package org.clausewatch.deadline.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A CDI event fired inside the transaction that changed a deadline, so that features reacting to
 * deadlines (alerts) record their decision in the same transaction, without this feature knowing
 * them.
 *
 * @param status the deadline's status after the change
 * @param dueAt its due time after the change
 * @param dueZone the zone its due time is stated in
 * @param detail for {@link Change#THREATENED}, the consequences added, in order; else null
 * @param alertSteps for {@link Change#ENTERED}, the alert steps it was entered with, as the user
 *     typed them ("72h, 24h, due"), for the feature that alerts to read; null or blank for its
 *     kind's
 */
public record DeadlineChanged(
    long deadlineId,
    Change change,
    DeadlineKind kind,
    DeadlineStatus status,
    Instant dueAt,
    ZoneId dueZone,
    String by,
    Instant at,
    String detail,
    String alertSteps) {

  public DeadlineChanged {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(dueZone, "dueZone");
  }

  /** What happened to the deadline. */
  public enum Change {
    ENTERED,
    EXTENDED,
    CLOSED,
    /** A change added consequences threatened if it is not met. */
    THREATENED
  }

  public static DeadlineChanged entered(Deadline d, String by, Instant at, String alertSteps) {
    return of(d, Change.ENTERED, by, at, null, alertSteps);
  }

  public static DeadlineChanged extended(Deadline d, String by, Instant at) {
    return of(d, Change.EXTENDED, by, at);
  }

  public static DeadlineChanged closed(Deadline d, String by, Instant at) {
    return of(d, Change.CLOSED, by, at);
  }

  /** Consequences {@code added} (in order) by a change of the deadline. */
  public static DeadlineChanged threatened(
      Deadline d, String by, Instant at, java.util.List<String> added) {
    return of(d, Change.THREATENED, by, at, String.join("; ", added), null);
  }

  private static DeadlineChanged of(Deadline d, Change change, String by, Instant at) {
    return of(d, change, by, at, null, null);
  }

  private static DeadlineChanged of(
      Deadline d, Change change, String by, Instant at, String detail, String alertSteps) {
    return new DeadlineChanged(
        d.id(),
        change,
        d.kind(),
        d.status(),
        d.dueAt(),
        d.dueInStatedZone().getZone(),
        by,
        at,
        detail,
        alertSteps);
  }
}
