package org.clausewatch.restriction.domain;

import java.util.List;

/** A restriction as the contract page shows it, with every party's stated position. */
public record RestrictionView(
    long id,
    String clauseNumber,
    String clauseHeading,
    String restrictedUse,
    RestrictionKind kind,
    String condition,
    RestrictionStatus status,
    List<PartyPositionView> positions) {

  public RestrictionView {
    positions = List.copyOf(positions);
  }

  public boolean disputed() {
    return status == RestrictionStatus.DISPUTED;
  }
}
