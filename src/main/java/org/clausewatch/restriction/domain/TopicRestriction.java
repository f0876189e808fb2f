package org.clausewatch.restriction.domain;

/** A restriction about a topic, with its contract and parties, for the cross-vendor comparison. */
public record TopicRestriction(
    long restrictionId,
    long clauseId,
    String contractNumber,
    String contractTitle,
    String marking,
    long buyerId,
    String buyer,
    String vendor,
    String clauseNumber,
    String restrictedUse,
    RestrictionKind kind,
    String condition,
    boolean withdrawn) {}
