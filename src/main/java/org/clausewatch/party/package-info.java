/**
 * Parties: the agencies, companies and others that buy, sell or take part in contracts.
 *
 * <ul>
 *   <li>R1 A party has a name (unique, case-insensitive) and a kind.
 *   <li>R2 Parties are registered by the application service; pages only read them.
 *   <li>R3 Optional federal identifiers: UEI (12 letters and digits), CAGE code (5).
 * </ul>
 *
 * Out of scope for now: contacts, merging duplicates, a party page.
 */
package org.clausewatch.party;
