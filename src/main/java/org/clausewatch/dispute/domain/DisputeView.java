package org.clausewatch.dispute.domain;

import java.time.Instant;

/** A dispute and its life as pages show it. */
public record DisputeView(
    long id,
    long version,
    long clauseId,
    Long restrictionId,
    DisputeState state,
    Instant openedAt,
    String explanation,
    Instant escalatedAt,
    String escalatedBy,
    String escalationNote,
    Instant closedAt,
    String closedBy,
    Resolution resolution,
    String closingNote,
    String modificationNumber) {

  public boolean open() {
    return state.isOpen();
  }
}
