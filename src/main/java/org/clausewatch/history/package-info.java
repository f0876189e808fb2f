/**
 * The history of a contract: who changed what and when, field by field, from the Envers audit trail
 * of the contract and everything that belongs to it (clauses, usage restrictions and party
 * positions, deadlines, obligations, modifications).
 */
package org.clausewatch.history;
