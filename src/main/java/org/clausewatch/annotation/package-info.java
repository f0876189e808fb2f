/**
 * Annotations on clause text: comments, concerns and proposed wording, with threads (issue #9).
 *
 * <ul>
 *   <li>R1 An annotation points at words of a clause with a W3C Web Annotation text-quote selector
 *       (the exact words, up to 32 characters before and after) and a text-position selector
 *       (offsets in UTF-16 characters), stored with the clause version it was made on. Words
 *       selected in the page (mouse, or keyboard: the text takes a caret, Shift with arrows
 *       selects, and it refuses every change), or typed (then they must appear once in the text).
 *   <li>R2 When the clause is amended (a correction, or a modification that revises it) every
 *       annotation is anchored again in the same transaction: the exact words first (of several
 *       occurrences, the one whose context matches, then the nearest), else a fuzzy match whose
 *       Levenshtein similarity is at least 0.75 ({@code Reanchor}); else it is orphaned and shows
 *       its original quote. An annotation is never dropped.
 *   <li>R3 Text people write is plain text: lines and http(s) addresses as links, printed by
 *       escaping components; highlights are pieces of the clause text printed escaped inside marks,
 *       never markup built from text.
 *   <li>R4 A thread's replies are only added (two at once are both kept); resolving and reopening
 *       name the version read, and a stale one is refused saying who changed it.
 *   <li>R5 Proposed wording replaces the annotated words; it shows as a word diff against the
 *       executed text and is accepted by a contracting officer through a modification that revises
 *       the clause (both linked), or rejected with a note. Executed wording is otherwise changed
 *       only by a modification, or by an officer's typo correction ({@code clause} R6).
 *   <li>R6 A clause's annotations are listed a page of 20 at a time, in text order (by where they
 *       start, orphaned ones last; each by when written), read in the database with their threads;
 *       the text marks every annotation of the clause from a light list of where each sits, and a
 *       mark (clicked, or Enter with the caret in it), or a link naming one annotation ({@code
 *       &annotation=id}), opens the page that lists it. A page beyond the last shows the last; a
 *       page that is not a number shows the first.
 * </ul>
 *
 * Annotations and replies are audited and appear in the contract's history; they are read with
 * their contract, so the clearance filter applies.
 */
package org.clausewatch.annotation;
