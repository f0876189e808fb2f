/**
 * The parties' positions on terms, and the disputes they add up to (issue #9).
 *
 * <ul>
 *   <li>R1 A term is a clause, or one of its usage restrictions. A party of the contract states a
 *       position on it: a stance (accepts, rejects, accepts with conditions, proposes other
 *       wording), a statement, a source and a date (never in the future). Revising keeps the
 *       earlier position, as revised; withdrawing leaves the party without a stance; the latest per
 *       party counts. Positions recorded before stances existed (V17) have none and count for
 *       neither.
 *   <li>R2 The latest stances disagree when at least two parties have one and they differ; they
 *       agree when all are the same. The explanation says it in words: "Anthropic accepts; U.S.
 *       Department of Defense rejects."
 *   <li>R3 A dispute is the record of a disagreement: opened by the position that made the stances
 *       disagree, closed when they no longer do (the parties agree, or a disagreeing position was
 *       withdrawn) or the restriction is withdrawn; escalated, resolved by a modification, or
 *       abandoned by legal staff with a note. "Disputed" everywhere (the contract page, the clause
 *       page, needs attention, the list's filter, alerts) means an open dispute record: the only
 *       source of truth; the hand-set restriction status is gone (V17 migrated the disputed ones to
 *       open disputes).
 *   <li>R4 Positions and disputes on one clause are written one transaction at a time (the clause's
 *       row is locked): a change from a stale page is refused with the other change in the message.
 * </ul>
 */
package org.clausewatch.dispute;
