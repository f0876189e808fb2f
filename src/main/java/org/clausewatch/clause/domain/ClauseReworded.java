package org.clausewatch.clause.domain;

/**
 * A CDI event fired inside the transaction in which a clause's text changed (a correction, or a
 * modification that revised it), so that features pointing into the text (annotations) follow the
 * words in the same transaction.
 *
 * @param version the clause's version once this change is saved
 */
public record ClauseReworded(long clauseId, String oldText, String newText, long version) {}
