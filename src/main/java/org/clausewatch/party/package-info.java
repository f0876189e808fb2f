/**
 * Parties: the agencies, companies and others that buy, sell or take part in contracts.
 *
 * <ul>
 *   <li>R1 A party has a name (unique, case-insensitive) and a kind.
 *   <li>R2 Parties are registered by the application service; pages only read them.
 * </ul>
 *
 * Out of scope for now: identifiers (UEI, CAGE), contacts, merging duplicates.
 */
package org.clausewatch.party;
