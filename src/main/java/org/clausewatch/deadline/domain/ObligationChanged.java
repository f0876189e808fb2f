package org.clausewatch.deadline.domain;

import java.time.LocalDate;

/**
 * A CDI event fired inside the transaction that created, corrected, settled, ended or reopened an
 * obligation, so that features reacting to obligations (alerts) re-plan in the same transaction.
 *
 * @param owedFrom when the change made dates owed that were not before (an obligation created, a
 *     one-time due date moved, an ended series reopened): the first such date, whose alerts that
 *     already lie in the past are still to be decided; null when no date became owed
 */
public record ObligationChanged(long obligationId, LocalDate owedFrom) {

  /** A change that made no date owed (a correction of words, a settlement, an end). */
  public ObligationChanged(long obligationId) {
    this(obligationId, null);
  }
}
