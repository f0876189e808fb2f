/**
 * Contracts: the agreement between a buyer and a vendor, its value, period, marking and history,
 * and the contract list and page for contracting officers.
 *
 * <ul>
 *   <li>R1 A contract number (PIID) is unique, upper-case letters, digits and dashes.
 *   <li>R2 A contract has a buyer and a vendor, and they are different parties; other parties take
 *       part with a role.
 *   <li>R3 Status changes follow {@link org.clausewatch.contract.domain.ContractStatus}'s allowed
 *       transitions only.
 *   <li>R4 Money is an amount and an ISO 4217 currency; the obligated amount is in the ceiling's
 *       currency and never above the ceiling; the period of performance starts on or before its
 *       end.
 *   <li>R5 A modification changes the ceiling and/or the end date and stays in the history; it
 *       cannot take the ceiling below the obligated amount.
 *   <li>R6 Lists are filtered (text, party, type, status, marking, ceiling range, needs attention),
 *       sorted and paged in the database: one count and one page statement; filters live in the
 *       URL; exports stream in keyset chunks.
 *   <li>R7 A contract needs attention when one of its usage restrictions is disputed or an open
 *       ultimatum is due within 7 days (or overdue); the reason is shown in words.
 * </ul>
 *
 * Out of scope for now: editing contracts in pages (issue #4 brings roles), clearance filtering
 * (issue #4), a general flagging service (the {@code flag} feature).
 */
package org.clausewatch.contract;
