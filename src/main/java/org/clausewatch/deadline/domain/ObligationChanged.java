package org.clausewatch.deadline.domain;

/**
 * A CDI event fired inside the transaction that created an obligation or settled one of its
 * occurrences, so that features reacting to obligations (alerts) re-plan in the same transaction.
 */
public record ObligationChanged(long obligationId) {}
