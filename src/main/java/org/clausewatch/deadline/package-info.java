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
 *   <li>R5 Time comes from an injected {@link java.time.Clock}. An open deadline past its due time
 *       is overdue until someone closes it; each kind needs attention from its own lead time before
 *       it is due (table {@code deadline_lead_time}, V7).
 *   <li>R6 An open deadline is extended to a later time with a reason; the time it replaced, who
 *       and when are kept.
 *   <li>R7 Closing says who closed it, when, and optionally why.
 *   <li>R8 Each occurrence of an obligation (its one due date, or a date of its series) is
 *       fulfilled, waived or missed on its own, once, with who, when and a note; the others stay
 *       open. A one-time obligation takes its occurrence's outcome as its status. The settle page
 *       answers 404 for a date on which the obligation is not due, and shows an occurrence settled
 *       meanwhile as settled (how and by whom), without the form.
 *   <li>R9 A recurring obligation is ended after a day, once, with who, when and why: its rule gets
 *       that UNTIL (COUNT dropped), so pages, flags, alerts and calendar feeds stop there;
 *       occurrences up to that day keep their state. Refused if an occurrence after that day was
 *       settled, or if none falls after it. A one-time obligation is settled (waived), not ended.
 *       An ended obligation is reopened (from the same page) with a reason, kept with who and when
 *       until it is ended again (V33; both trios are an {@code Attribution}): its rule is again the
 *       one it had before the end (kept beside it, V31), so the occurrences after that day are owed
 *       again.
 *   <li>R10 What is owed, the owing party, the source clause and the responsible person are
 *       corrected at any time, all or none; a one-time obligation's due date moves while it is
 *       open. A series keeps its dates (its settled occurrences refer to them): it is ended and a
 *       new one added.
 *   <li>R11 A deadline's words are corrected at any time, all or none: title, issuer, responsible
 *       party, demanded action, issue time (in its due zone) and its consequences, replaced as a
 *       list in order (one threatened later is added so). Its time moves only by an extension. A
 *       consequence counts as newly threatened only if its words are none of the recorded ones'
 *       (case, spacing and punctuation aside).
 * </ul>
 *
 * Pages: {@code /deadlines/new}, {@code /deadlines/manage} (extend, close), {@code
 * /deadlines/edit}, {@code /obligations/new} (with a preview of the rule's dates), {@code
 * /obligations/settle}, {@code /obligations/end}, {@code /obligations/edit}; the contract page's
 * sections and the overview's overdue and upcoming lists. Out of scope: alerts (the {@code alert}
 * feature reacts to deadlines), calendars.
 */
package org.clausewatch.deadline;
