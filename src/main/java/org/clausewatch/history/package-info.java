/**
 * The history of a contract: who changed what and when, field by field, from the Envers audit trail
 * of the contract and everything that belongs to it (clauses, usage restrictions, parties'
 * positions and disputes, annotations and their replies, deadlines, obligations, modifications).
 */
package org.clausewatch.history;
