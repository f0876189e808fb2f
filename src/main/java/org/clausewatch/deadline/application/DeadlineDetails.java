package org.clausewatch.deadline.application;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.clausewatch.deadline.domain.Deadline;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.deadline.domain.DeadlineStatus;

/** One deadline as its page shows it, with the version a change is checked against. */
public record DeadlineDetails(
    long id,
    long version,
    String contractNumber,
    String title,
    DeadlineKind kind,
    DeadlineStatus status,
    ZonedDateTime due,
    Instant closedAt,
    String closedBy,
    String closeNote,
    List<ExtensionLine> extensions,
    String issuerName,
    String responsibleName,
    String demandedAction,
    ZonedDateTime issued,
    List<String> consequences) {

  /** One extension, as shown. */
  public record ExtensionLine(
      ZonedDateTime previousDue,
      ZonedDateTime newDue,
      String reason,
      Instant extendedAt,
      String extendedBy) {}

  static DeadlineDetails of(Deadline d) {
    return new DeadlineDetails(
        d.id(),
        d.version(),
        d.contract().number(),
        d.title(),
        d.kind(),
        d.status(),
        d.dueInStatedZone(),
        d.closedAt(),
        d.closedBy(),
        d.closeNote(),
        d.extensions().stream()
            .map(
                e ->
                    new ExtensionLine(
                        e.previousDue(), e.newDue(), e.reason(), e.extendedAt(), e.extendedBy()))
            .toList(),
        d.issuer() == null ? null : d.issuer().name(),
        d.responsible() == null ? null : d.responsible().name(),
        d.demandedAction(),
        d.issuedAt() == null ? null : d.issuedAt().atZone(d.dueInStatedZone().getZone()),
        List.copyOf(d.consequences()));
  }

  public boolean open() {
    return status == DeadlineStatus.OPEN;
  }
}
