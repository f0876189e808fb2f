/**
 * Usage restrictions: what a clause says the buyer may not do with what it bought.
 *
 * <ul>
 *   <li>R1 A restriction belongs to a clause, names the restricted use, and is either prohibited
 *       outright or conditional (then it states its condition).
 *   <li>R2 A restriction is in force until it is withdrawn; withdrawn is final, and it stays with
 *       its history. Whether it is disputed is read from the parties' stances ({@code dispute}).
 *   <li>R3 Contracting officers and legal staff create a restriction from one of the contract's
 *       clauses, change what it restricts and how, and withdraw it ({@code /restrictions/edit}); a
 *       change from a stale page is refused.
 *   <li>R4 A restriction may be about a topic of the catalogue legal staff keep ({@code /topics}),
 *       to compare it across contracts and vendors; they correct a topic's name or description
 *       ({@code /topics/edit}; a change from a stale form is refused). A topic's name is unique in
 *       any case; one that reads like another topic's (the same UTS #39 skeleton) is refused,
 *       naming it (V37).
 * </ul>
 */
package org.clausewatch.restriction;
