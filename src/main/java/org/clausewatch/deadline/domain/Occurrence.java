package org.clausewatch.deadline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One settled occurrence of an obligation: its due date, the outcome, who, when and why. */
@Embeddable
public class Occurrence implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false)
  private OccurrenceOutcome outcome;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "note", length = Obligation.NOTE_MAX_LENGTH)
  private String note;

  protected Occurrence() {
    // for JPA
  }

  Occurrence(
      LocalDate dueDate,
      OccurrenceOutcome outcome,
      Instant recordedAt,
      String recordedBy,
      String note) {
    this.dueDate = dueDate;
    this.outcome = outcome;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
    this.note = note;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public OccurrenceOutcome outcome() {
    return outcome;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public String note() {
    return note;
  }
}
