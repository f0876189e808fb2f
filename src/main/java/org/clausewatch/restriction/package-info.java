/**
 * Usage restrictions: what a clause says the buyer may not do with what it bought, and where each
 * party stands on it.
 *
 * <ul>
 *   <li>R1 A restriction belongs to a clause, names the restricted use, and is either prohibited
 *       outright or conditional (then it states its condition).
 *   <li>R2 Status moves proposed -> agreed / disputed / withdrawn; disputed -> agreed / withdrawn;
 *       agreed -> disputed (reopened); withdrawn is final.
 *   <li>R3 Each party's stated position is kept with its date and source, in the order stated.
 *   <li>R4 Contracting officers and legal staff create a restriction from one of the contract's
 *       clauses, change what it restricts and how, and withdraw it ({@code /restrictions/edit}); a
 *       change from a stale page is refused.
 * </ul>
 *
 * Out of scope for now: structured stances (accept/reject) and position history edits (the {@code
 * dispute} feature).
 */
package org.clausewatch.restriction;
