package org.clausewatch.restriction.application;

/** A usage restriction as its edit form starts, with the version a change is checked against. */
public record RestrictionForm(
    long id,
    long version,
    long clauseId,
    String contractNumber,
    String clauseNumber,
    String restrictedUse,
    String condition,
    boolean withdrawn,
    Long topicId) {}
