package org.clausewatch.account.domain;

import java.time.Instant;

/** Filters of the security event page; null means "any". */
public record SecurityEventQuery(
    String actor, SecurityEventKind kind, Outcome outcome, Instant from, Instant until) {

  public static SecurityEventQuery all() {
    return new SecurityEventQuery(null, null, null, null, null);
  }
}
