package org.clausewatch.alert.domain;

/** What an alert is about. */
public enum AlertKind {
  /** A step of the deadline's ladder fell. */
  STEP,
  /** A new ultimatum was entered. */
  ENTERED,
  EXTENDED,
  MET,
  MISSED,
  WITHDRAWN,
  /** An ultimatum alert that nobody acknowledged in time, sent to every manager cleared for it. */
  ESCALATION,
  /** A usage restriction became disputed. */
  DISPUTED,
  /** An occurrence of an obligation is due within its lead time (7 days). */
  OCCURRENCE_DUE,
  /** An occurrence of an obligation passed unsettled. */
  OCCURRENCE_OVERDUE,
  /** A change to a deadline added consequences threatened if it is not met. */
  THREATENED,
  /** A reply in an annotation's thread, to its author and earlier repliers. */
  REPLY,
  /** An annotation or a reply names the recipient with {@code @username}. */
  MENTION
}
