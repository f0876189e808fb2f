/**
 * Deadline alerts: decided once, delivered once, none missed (issue #10).
 *
 * <ul>
 *   <li>R1 A deadline alerts on a ladder of steps before (and one after) its due time: ultimatums
 *       72 h, 24 h, 4 h, 1 h, at the due time and 1 h overdue; other kinds 14 d, 7 d, 1 d and 1 h
 *       overdue ({@link org.clausewatch.alert.domain.AlertLadder}, table {@code alert_ladder};
 *       {@code deadline_alert.steps} overrides it per deadline, set on the new-deadline form or
 *       later). A step of whole days falls on the wall clock of the zone the deadline was stated in
 *       (V16); mails show the recipient's zone and the stated one.
 *   <li>R2 Also alerted: a new ultimatum, and a new deadline of another kind entered after its
 *       first step had fallen, its own steps if it was entered with them (a delivery due in three
 *       days: "New deadline", then its 1-day step; one entered after its due time, a missed one
 *       recorded later: "New deadline, already overdue"); any deadline extended, met, missed or
 *       withdrawn, or given new consequences by a change (their words, once per change, V32; one
 *       only written again in other case or punctuation is not new); a usage restriction becoming
 *       disputed, each decided in the transaction that made it happen (CDI events {@code
 *       DeadlineChanged}, {@code RestrictionDisputed}); an obligation's occurrence seven days
 *       before its date and, unsettled, the day after, but not both for one occurrence in one pass;
 *       dates that became owed late (entered late, a due date moved, a series reopened) get the
 *       alerts they already passed at the next pass, a year back at most ({@link
 *       org.clausewatch.alert.domain.OccurrenceAlerts}, planned in {@code obligation_alert}); a
 *       reply in an annotation's thread (to its author and earlier repliers) and a mention of a
 *       colleague by {@code @username} (V25, CDI event {@code AnnotationPosted}), each addressed to
 *       one recipient ({@code alert_event.recipient_id}), never to the writer.
 *   <li>R3 Each deadline's next step time is stored and indexed ({@code deadline_alert
 *       .next_alert_at}, kept by triggers), so a pass reads only what is due. Steps that fell while
 *       no server ran are decided once, collapsed to the latest, naming the missed ones.
 *   <li>R4 A decision is an {@code alert_event} row, unique per deadline, kind, step and due time;
 *       its fan-out writes {@code alert_delivery} rows, unique per event, recipient and channel, in
 *       the same transaction. Claims use {@code FOR UPDATE SKIP LOCKED}; no scheduler state lives
 *       in memory, so two servers may run passes at once.
 *   <li>R5 Recipients: users watching the contract, a party to it or the deadline's kind, and every
 *       manager for ultimatums; only enabled users cleared for the contract, checked again when a
 *       mail is sent (else it is withheld) and whenever the notification centre is read. A user
 *       watches on {@code /alerts/settings} (which lists every watch, with each contract's marking
 *       and the page's banners) or with the Watch button of a contract's or a party's page ({@code
 *       WatchToggleBean}).
 *   <li>R6 E-mail goes through the server's mail session; a failure is retried after 1, 2, 4 ...
 *       minutes (at most an hour apart) for about a day, then marked failed on the administrators'
 *       outbox page, where it can be retried.
 *   <li>R7 Mails carry the marking in the subject and as a banner; above a configured marking
 *       (default CUI) only "an item needs your attention" and a link.
 *   <li>R8 A per-user iCalendar feed at a secret address (only its SHA-256 stored; renew, revoke):
 *       a VEVENT per watched deadline with a VALARM per step before its due time, a VToDo per open
 *       obligation with its RRULE, the marking in every SUMMARY.
 *   <li>R9 An ultimatum alert nobody acknowledges within {@code clausewatch.alerts.escalate-after}
 *       (default 30 minutes) while the ultimatum is open escalates to every cleared manager.
 *   <li>R10 A user may take a daily digest at a local time instead of one mail per alert: their
 *       alert mail is held and sent together once a day, under the highest marking among it.
 * </ul>
 *
 * Pages: the header's badge (live through the {@code alerts} web socket), {@code
 * /alerts/notifications}, {@code /alerts/settings}, {@code /admin/outbox}; {@code
 * /calendar/<token>.ics}. Background work runs as {@link
 * org.clausewatch.alert.application.AlertScheduler#SYSTEM_IDENTITY}, recorded as {@code
 * decided_by}.
 */
package org.clausewatch.alert;
