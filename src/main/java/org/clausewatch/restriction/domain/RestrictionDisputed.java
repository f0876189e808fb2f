package org.clausewatch.restriction.domain;

/**
 * A CDI event fired inside the transaction in which a dispute over a usage restriction was opened,
 * so that features reacting to it (alerts) record their decision in the same transaction.
 *
 * @param disputeId the dispute that was opened: one alert per dispute
 */
public record RestrictionDisputed(long restrictionId, long disputeId) {}
