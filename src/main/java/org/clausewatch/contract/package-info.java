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
 *   <li>R5 A modification changes the ceiling, the funding (obligated amount) and/or the period's
 *       dates and stays in the history; the obligated amount stays between zero and the ceiling.
 *       The next P-number is suggested. (Its clause changes: the {@code clause} feature.)
 *   <li>R6 Lists are filtered (text, party, type, status, marking, ceiling range, needs attention),
 *       sorted and paged in the database: one count and one page statement; filters live in the
 *       URL; exports stream in keyset chunks. "Most urgent first" is a sort like the others: the
 *       contract's {@link org.clausewatch.contract.domain.Urgency}, kept from its flags by V35's
 *       triggers.
 *   <li>R7 A contract needs attention when one of its usage restrictions is disputed or an open
 *       deadline is inside its kind's lead time (ultimatum 7 days, option exercise 60...) or
 *       overdue; the reason is shown in words.
 *   <li>R8 Contracting officers register and edit contracts from pages ({@code /contracts/edit},
 *       {@code /contracts/participants}); nobody marks a contract above their own clearance; the
 *       number and the ceiling are edited only before award ({@code ContractStatus.beforeAward}); a
 *       taken number gets the same answer whether or not the caller may see that contract, and of
 *       two transactions taking one number the second waits for the first (an advisory lock on the
 *       number) and gets that answer, not a unique-index error.
 *   <li>R9 A page of the list costs what the first page costs at any depth: the page next to the
 *       one shown is read from its cursor (keyset), a page asked for by number from the nearest of
 *       the anchors kept every 1,000 rows per filter, sort and clearance; counts are capped at
 *       10,000 and kept while the list is unchanged.
 *   <li>R10 An authorisation (e.g. use on classified networks) is withdrawn, never removed: dated
 *       on or after its grant and not after today, with a reason; it stays listed and in the
 *       history, marked withdrawn. Typed contract numbers are taken in any case ({@link
 *       org.clausewatch.contract.domain.ContractNumber}).
 * </ul>
 *
 * The flags a contract shows (needs attention, disputed terms, clause categories) belong to the
 * {@code flag} feature.
 */
package org.clausewatch.contract;
