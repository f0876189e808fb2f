package org.clausewatch.restriction.domain;

/**
 * A CDI event fired inside the transaction in which a usage restriction became disputed, so that
 * features reacting to it (alerts) record their decision in the same transaction.
 *
 * @param version the restriction's version once this change is saved
 */
public record RestrictionDisputed(long restrictionId, long version) {}
