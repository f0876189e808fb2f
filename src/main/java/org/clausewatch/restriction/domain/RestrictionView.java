package org.clausewatch.restriction.domain;

/** A restriction as the contract page shows it. */
public record RestrictionView(
    long id,
    long clauseId,
    String clauseNumber,
    String clauseHeading,
    String restrictedUse,
    RestrictionKind kind,
    String condition,
    boolean withdrawn) {}
