package org.clausewatch.contract.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * An open deadline inside its kind's lead time or overdue, with the zone it was stated in.
 *
 * @param kind the deadline's kind, by name (ULTIMATUM, OPTION_EXERCISE...)
 */
public record DeadlineDue(String kind, String title, Instant dueAt, String dueZone) {

  public ZonedDateTime dueInStatedZone() {
    return dueAt.atZone(ZoneId.of(dueZone));
  }

  public boolean overdue(Instant now) {
    return dueAt.isBefore(now);
  }
}
