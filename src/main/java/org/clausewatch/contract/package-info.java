/**
 * Contracts: the agreement between a buyer and a vendor, its value and its status.
 *
 * <ul>
 *   <li>R1 A contract number (PIID) is unique, upper-case letters, digits and dashes.
 *   <li>R2 A contract has a buyer and a vendor, and they are different parties.
 *   <li>R3 Status changes follow {@link org.clausewatch.contract.domain.ContractStatus}'s allowed
 *       transitions only.
 *   <li>R4 Lists are paged, sorted and counted in the database.
 * </ul>
 *
 * Out of scope for now (issue #3): contract type, obligated amount, periods, classification,
 * modifications, clauses.
 */
package org.clausewatch.contract;
