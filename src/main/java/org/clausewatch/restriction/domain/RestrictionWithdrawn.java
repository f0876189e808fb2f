package org.clausewatch.restriction.domain;

/**
 * A CDI event fired inside the transaction in which a usage restriction was withdrawn, so that
 * features reacting to it (its open dispute closes) do so in the same transaction.
 */
public record RestrictionWithdrawn(long restrictionId) {}
