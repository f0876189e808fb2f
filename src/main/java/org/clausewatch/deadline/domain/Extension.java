package org.clausewatch.deadline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** One extension of a deadline: the due time it replaced and the new one, why, who and when. */
@Embeddable
public class Extension implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "previous_due_at", nullable = false)
  private Instant previousDueAt;

  @Column(name = "previous_zone", nullable = false, length = 64)
  private String previousZone;

  @Column(name = "new_due_at", nullable = false)
  private Instant newDueAt;

  @Column(name = "new_zone", nullable = false, length = 64)
  private String newZone;

  @Column(name = "reason", nullable = false, length = Deadline.NOTE_MAX_LENGTH)
  private String reason;

  @Column(name = "extended_at", nullable = false)
  private Instant extendedAt;

  @Column(name = "extended_by", nullable = false, length = 64)
  private String extendedBy;

  protected Extension() {
    // for JPA
  }

  Extension(
      Instant previousDueAt,
      String previousZone,
      Instant newDueAt,
      String newZone,
      String reason,
      Instant extendedAt,
      String extendedBy) {
    this.previousDueAt = previousDueAt;
    this.previousZone = previousZone;
    this.newDueAt = newDueAt;
    this.newZone = newZone;
    this.reason = reason;
    this.extendedAt = extendedAt;
    this.extendedBy = extendedBy;
  }

  public ZonedDateTime previousDue() {
    return previousDueAt.atZone(ZoneId.of(previousZone));
  }

  public ZonedDateTime newDue() {
    return newDueAt.atZone(ZoneId.of(newZone));
  }

  public String reason() {
    return reason;
  }

  public Instant extendedAt() {
    return extendedAt;
  }

  public String extendedBy() {
    return extendedBy;
  }
}
