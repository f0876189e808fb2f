/**
 * Flags: every rule that says a contract needs a look, with its explanation and evidence (issue
 * #12; docs/flagging.md).
 *
 * <ul>
 *   <li>R1 A flag is a rule that holds for one subject of a contract (a dispute, a deadline, a
 *       demand, a clause), with a severity, an explanation in words and its evidence; stored, one
 *       per rule and subject. "Needs attention" is a flag that asks for it and nobody dismissed.
 *   <li>R2 Rules about the situation: a disputed term, a deadline inside its lead time or overdue,
 *       an open obligation with past occurrences nobody settled, consequences threatened, a demand
 *       for use without restriction against a prohibited or conditional use, a clause date that
 *       differs from the library's. Rules about the words of clauses: the CUAD categories that
 *       reached sentence precision 0.80 at recall 0.60 on held-out contracts ({@code
 *       ClauseCategory.shipped()}), each found by a logistic-regression model trained on the
 *       development part ({@code ClauseModel}) or by word patterns.
 *   <li>R3 Flags follow their facts: database triggers queue a contract whenever what its flags
 *       rest on is written, the flag job also queues contracts whose deadlines crossed a lead or
 *       due time and, when a day begins (UTC), those with open dated obligations, and pages
 *       recompute their contract before showing it. A release whose clause-category detectors
 *       differ from those that raised the stored flags queues every contract once (V27).
 *   <li>R4 Legal staff dismiss a flag with a reason (audited); it stays dismissed until its
 *       evidence changes.
 *   <li>R5 Most urgent first: flags by severity (high, medium, low), then by the time they fall due
 *       (a deadline's due time, an overdue obligation's first unsettled day; those without a time
 *       last); the overview lists the contracts that need attention in the order of their most
 *       urgent flag, each with that flag's explanation: the first ten of the contract list sorted
 *       by urgency (the contract's urgency, kept from its flags by V35's triggers).
 * </ul>
 */
package org.clausewatch.flag;
