package org.clausewatch.restriction.application;

import org.clausewatch.restriction.domain.RestrictionStatus;

/** A usage restriction as its edit form starts, with the version a change is checked against. */
public record RestrictionForm(
    long id,
    long version,
    String contractNumber,
    String clauseNumber,
    String restrictedUse,
    String condition,
    RestrictionStatus status) {}
