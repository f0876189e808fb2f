package org.clausewatch.dispute.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A party's position as pages show it; {@code stance} is null for one recorded before stances. */
public record PositionView(
    long id,
    long version,
    long clauseId,
    Long restrictionId,
    String party,
    Stance stance,
    String statement,
    LocalDate statedOn,
    String source,
    PositionState state,
    Instant recordedAt,
    String recordedBy,
    Instant closedAt,
    String closedBy) {

  public boolean current() {
    return state == PositionState.CURRENT;
  }
}
