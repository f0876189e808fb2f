/**
 * Deadlines (ultimatums among them) and obligations of a contract.
 *
 * <ul>
 *   <li>R1 A deadline is due at an instant and keeps the IANA zone it was stated in, so "5 p.m.
 *       Friday, New York time" stays 5 p.m. in New York across a daylight-saving change.
 *   <li>R2 A deadline names its issuer, the party responsible, the demanded action and its
 *       consequences in the order they were threatened.
 *   <li>R3 Status moves open -> met / missed / withdrawn, and only from open.
 *   <li>R4 An obligation is owed by a party, may cite its source clause, and is due on a date or
 *       recurs by an RFC 5545 RRULE (parsed and expanded by ical4j).
 *   <li>R5 Time comes from an injected {@link java.time.Clock}.
 * </ul>
 *
 * Out of scope: alerts (the {@code alert} feature reacts to deadlines), calendars.
 */
package org.clausewatch.deadline;
