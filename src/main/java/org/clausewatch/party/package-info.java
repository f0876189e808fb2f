/**
 * Parties: the agencies, companies and others that buy, sell or take part in contracts.
 *
 * <ul>
 *   <li>R1 A party has a name (unique, case-insensitive) and a kind. A name that reads like another
 *       party's (the same UTS #39 skeleton: "хАІ" in Cyrillic, or "xAl", beside "xAI") is refused,
 *       naming that party (V36; rows written in SQL get their key at start-up, {@code
 *       shared.application.LookalikeKeysAtStartup}); two such names stored at once: the second
 *       waits and is refused.
 *   <li>R2 Contracting officers register and edit parties ({@code /parties/edit}); everyone reads
 *       the directory ({@code /parties}: search by name, UEI or CAGE code, paged in the database)
 *       and a party's page with the contracts they may see.
 *   <li>R3 Optional federal identifiers: UEI (12 letters and digits), CAGE code (5).
 * </ul>
 *
 * Out of scope for now: contacts, merging duplicates.
 */
package org.clausewatch.party;
