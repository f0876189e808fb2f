package org.clausewatch.annotation.domain;

/**
 * A CDI event fired inside the transaction in which proposed wording was accepted through a
 * modification, so that features reacting to it (the clause's open dispute resolves) do so in the
 * same transaction.
 */
public record ProposalAccepted(long clauseId, String modificationNumber) {}
