package org.clausewatch.contract.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** An open ultimatum due soon, with the zone it was stated in. */
public record UltimatumDue(String title, Instant dueAt, String dueZone) {

  public ZonedDateTime dueInStatedZone() {
    return dueAt.atZone(ZoneId.of(dueZone));
  }
}
